<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Cache;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ICache;
use OCP\ICacheFactory;
use OCP\IMemcache;

/**
 * Distributed, local and locking caches all land in the shared SQLite table, because each
 * request of `php -S` is its own process (the "local" APCu cache of a real server would
 * not survive it either way).
 */
final class DemoCacheFactory implements ICacheFactory {
	private ?\Redis $redis = null;

	/**
	 * @param ?string $redisAddress host:port of Redis (VV_DEMO_REDIS, the clustered stack):
	 *                              the distributed and locking caches live there, as a clustered
	 *                              Nextcloud configures memcache.distributed and memcache.locking
	 */
	public function __construct(
		private readonly DemoDatabase $db,
		private readonly ITimeFactory $time,
		private readonly ?string $redisAddress = null,
	) {
	}

	public function isAvailable(): bool {
		return true;
	}

	public function isLocalCacheAvailable(): bool {
		return true;
	}

	public function createLocking(string $prefix = ''): IMemcache {
		return $this->shared('locking/' . $prefix . '/');
	}

	public function createDistributed(string $prefix = ''): ICache {
		return $this->shared('distributed/' . $prefix . '/');
	}

	public function createLocal(string $prefix = ''): ICache {
		return new SqliteCache($this->db, $this->time, 'local/' . $prefix . '/');
	}

	public function createInMemory(int $capacity = 512): ICache {
		return new ArrayCache();
	}

	public function withServerVersionPrefix(\Closure $closure): void {
		$closure($this);
	}

	/**
	 * The demo's reset: on Redis every key goes (cache, locks, rate limits, sessions);
	 * the SQLite cache goes with the demo's database.
	 */
	public function clearShared(): void {
		if ($this->redisAddress !== null) {
			$this->redis ??= RedisCache::connect($this->redisAddress);
			$this->redis->flushDB();
		}
	}

	private function shared(string $prefix): IMemcache {
		if ($this->redisAddress === null) {
			return new SqliteCache($this->db, $this->time, $prefix);
		}
		$this->redis ??= RedisCache::connect($this->redisAddress);
		return new RedisCache($this->redis, $prefix);
	}
}
