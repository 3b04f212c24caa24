<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\TooManyRequestsException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ICache;
use OCP\ICacheFactory;
use OCP\IL10N;

/**
 * Bounds how many requests a share gets, whoever sends them (Nextcloud's own rate
 * limits count per IP or user; a flood from many addresses meets these):
 * - at most MAX_OPEN open (requested or ringing) requests at once, counted in the database;
 * - at most MAX_PER_WINDOW new requests per WINDOW_SECONDS, counted in the distributed
 *   cache (every server of a cluster sees the same count; without a distributed cache
 *   Nextcloud hands out a null cache and only the first bound applies).
 */
class RequestLimits {
	public const MAX_OPEN = 3;
	public const MAX_PER_WINDOW = 10;
	public const WINDOW_SECONDS = 3600;

	private ICache $cache;

	public function __construct(
		private VerificationRequestMapper $mapper,
		ICacheFactory $cacheFactory,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
		$this->cache = $cacheFactory->createDistributed('video_verification_requests');
	}

	/**
	 * @throws TooManyRequestsException
	 */
	public function assertShareMayOpenAnother(int $shareId): void {
		if ($this->mapper->countOpen($shareId, $this->time->getTime()) >= self::MAX_OPEN) {
			throw new TooManyRequestsException($this->l10n->t('There are already calls waiting for this share. Please wait a few minutes and try again.'));
		}
		if (count($this->recentOpenings($shareId)) >= self::MAX_PER_WINDOW) {
			throw new TooManyRequestsException($this->l10n->t('There were too many calls for this share. Please try again later.'));
		}
	}

	public function recordOpening(int $shareId): void {
		$openings = $this->recentOpenings($shareId);
		$openings[] = $this->time->getTime();
		$this->cache->set($this->key($shareId), $openings, self::WINDOW_SECONDS);
	}

	/**
	 * @return list<int> unix times of the share's requests within the window
	 */
	private function recentOpenings(int $shareId): array {
		$stored = $this->cache->get($this->key($shareId));
		$since = $this->time->getTime() - self::WINDOW_SECONDS;
		return array_values(array_filter(
			is_array($stored) ? array_map('intval', $stored) : [],
			static fn (int $time): bool => $time > $since,
		));
	}

	private function key(int $shareId): string {
		return 'share/' . $shareId;
	}
}
