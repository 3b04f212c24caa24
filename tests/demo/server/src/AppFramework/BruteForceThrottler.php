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
 * Nextcloud's bruteforce Throttler per IP and action, attempts kept 12 h in the
 * distributed cache: delay 0.1 s * 2^attempts up to 25 s, and refusal (429) once more
 * than 10 attempts happened in the last 30 minutes. The demo sleeps a hundredth of the
 * computed delay so test suites stay fast; the counting is Nextcloud's.
 */
final class BruteForceThrottler {
	public const MAX_ATTEMPTS = 10;
	public const MAX_DELAY_MS = 25000;
	private const WINDOW_SECONDS = 43200;
	private const BLOCK_WINDOW_SECONDS = 1800;
	private const SLEEP_DIVISOR = 100;

	public function __construct(
		private readonly ICache $cache,
		private readonly ITimeFactory $time,
	) {
	}

	public function registerAttempt(string $action, string $ip): void {
		$attempts = $this->timestamps($action, $ip);
		$attempts[] = $this->time->getTime();
		$this->cache->set($this->key($action, $ip), $attempts, self::WINDOW_SECONDS);
	}

	public function attempts(string $action, string $ip, int $withinSeconds = self::WINDOW_SECONDS): int {
		$since = $this->time->getTime() - $withinSeconds;
		return count(array_filter($this->timestamps($action, $ip), fn (int $t) => $t > $since));
	}

	public function delayMs(string $action, string $ip): int {
		$attempts = $this->attempts($action, $ip);
		if ($attempts === 0) {
			return 0;
		}
		if ($attempts > self::MAX_ATTEMPTS) {
			return self::MAX_DELAY_MS;
		}
		return (int)min(self::MAX_DELAY_MS, ceil(100 * 2 ** $attempts));
	}

	/**
	 * @throws MaxDelayReached
	 */
	public function sleepDelayOrThrowOnMax(string $action, string $ip): int {
		$delay = $this->delayMs($action, $ip);
		if ($delay === self::MAX_DELAY_MS && $this->attempts($action, $ip, self::BLOCK_WINDOW_SECONDS) > self::MAX_ATTEMPTS) {
			throw new MaxDelayReached('Reached maximum delay');
		}
		usleep(intdiv($delay * 1000, self::SLEEP_DIVISOR));
		return $delay;
	}

	public function resetDelay(string $action, string $ip): void {
		$this->cache->remove($this->key($action, $ip));
	}

	/**
	 * @return list<int>
	 */
	private function timestamps(string $action, string $ip): array {
		$value = $this->cache->get($this->key($action, $ip));
		return is_array($value) ? array_values(array_map('intval', $value)) : [];
	}

	private function key(string $action, string $ip): string {
		return 'bruteforce/' . $action . '/' . $ip;
	}
}
