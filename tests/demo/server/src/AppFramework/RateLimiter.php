<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ICache;

/**
 * Nextcloud's rate Limiter: at most `limit` requests per `period` seconds per identifier
 * (controller::method plus user id or IP); the request over the limit is refused.
 */
final class RateLimiter {
	public function __construct(
		private readonly ICache $cache,
		private readonly ITimeFactory $time,
	) {
	}

	/**
	 * @throws RateLimitExceeded
	 */
	public function register(string $identifier, string $subject, int $limit, int $period): void {
		$key = 'ratelimit/' . hash('sha512', $identifier . '/' . $subject);
		$now = $this->time->getTime();
		$stored = $this->cache->get($key);
		$recent = array_values(array_filter(is_array($stored) ? $stored : [], fn ($t) => (int)$t > $now - $period));
		if (count($recent) >= $limit) {
			throw new RateLimitExceeded('Rate limit exceeded');
		}
		$recent[] = $now;
		$this->cache->set($key, $recent, $period);
	}
}
