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
	public function __construct(
		private readonly DemoDatabase $db,
		private readonly ITimeFactory $time,
	) {
	}

	public function isAvailable(): bool {
		return true;
	}

	public function isLocalCacheAvailable(): bool {
		return true;
	}

	public function createLocking(string $prefix = ''): IMemcache {
		return new SqliteCache($this->db, $this->time, 'locking/' . $prefix . '/');
	}

	public function createDistributed(string $prefix = ''): ICache {
		return new SqliteCache($this->db, $this->time, 'distributed/' . $prefix . '/');
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
}
