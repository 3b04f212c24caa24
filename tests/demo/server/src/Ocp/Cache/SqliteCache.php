<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Cache;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IMemcache;

/**
 * The distributed cache of the demo: one SQLite table shared by all request processes,
 * values JSON-encoded like Nextcloud's Redis cache, TTL honoured (0 = Nextcloud's default of 24h).
 */
final class SqliteCache implements IMemcache {
	private const DEFAULT_TTL = 86400;

	public function __construct(
		private readonly DemoDatabase $db,
		private readonly ITimeFactory $time,
		private readonly string $prefix,
	) {
	}

	public function get($key) {
		$rows = $this->db->select('SELECT value FROM demo_cache WHERE cache_key = ? AND expires_at > ?', [$this->prefix . $key, $this->time->getTime()]);
		return $rows === [] ? null : json_decode((string)$rows[0]['value'], true);
	}

	public function set($key, $value, $ttl = 0) {
		$this->db->execute(
			'INSERT OR REPLACE INTO demo_cache (cache_key, value, expires_at) VALUES (?, ?, ?)',
			[$this->prefix . $key, json_encode($value), $this->expiry((int)$ttl)],
		);
		return true;
	}

	public function hasKey($key) {
		return $this->get($key) !== null;
	}

	public function remove($key) {
		return $this->db->execute('DELETE FROM demo_cache WHERE cache_key = ?', [$this->prefix . $key]) > 0;
	}

	public function clear($prefix = '') {
		$this->db->execute("DELETE FROM demo_cache WHERE cache_key LIKE ? ESCAPE '\\'", [$this->likePrefix($this->prefix . $prefix)]);
		return true;
	}

	public static function isAvailable(): bool {
		return true;
	}

	public function add($key, $value, $ttl = 0) {
		return $this->atomically(function () use ($key, $value, $ttl) {
			if ($this->hasKey($key)) {
				return false;
			}
			return $this->set($key, $value, $ttl);
		});
	}

	public function inc($key, $step = 1) {
		return $this->atomically(function () use ($key, $step) {
			$current = $this->get($key);
			if ($current !== null && !is_int($current)) {
				return false;
			}
			$next = ($current ?? 0) + $step;
			$this->set($key, $next, $this->remainingTtl($key));
			return $next;
		});
	}

	public function dec($key, $step = 1) {
		return $this->atomically(function () use ($key, $step) {
			$current = $this->get($key);
			if (!is_int($current)) {
				return false;
			}
			$next = $current - $step;
			$this->set($key, $next, $this->remainingTtl($key));
			return $next;
		});
	}

	public function cas($key, $old, $new) {
		return $this->atomically(function () use ($key, $old, $new) {
			if ($this->get($key) !== $old) {
				return false;
			}
			return $this->set($key, $new, $this->remainingTtl($key));
		});
	}

	public function cad($key, $old) {
		return $this->atomically(fn () => $this->get($key) === $old && $this->remove($key));
	}

	public function ncad(string $key, mixed $old): bool {
		return $this->atomically(fn () => $this->get($key) !== null && $this->get($key) !== $old && $this->remove($key));
	}

	public function setTTL(string $key, int $ttl): void {
		$this->db->execute('UPDATE demo_cache SET expires_at = ? WHERE cache_key = ?', [$this->expiry($ttl), $this->prefix . $key]);
	}

	public function getTTL(string $key): int|false {
		$rows = $this->db->select('SELECT expires_at FROM demo_cache WHERE cache_key = ? AND expires_at > ?', [$this->prefix . $key, $this->time->getTime()]);
		return $rows === [] ? false : (int)$rows[0]['expires_at'] - $this->time->getTime();
	}

	public function compareSetTTL(string $key, mixed $value, int $ttl): bool {
		return $this->atomically(function () use ($key, $value, $ttl) {
			if ($this->get($key) !== $value) {
				return false;
			}
			$this->setTTL($key, $ttl);
			return true;
		});
	}

	private function remainingTtl(string $key): int {
		$ttl = $this->getTTL($key);
		return $ttl === false ? 0 : max(1, $ttl);
	}

	private function expiry(int $ttl): int {
		return $this->time->getTime() + ($ttl > 0 ? $ttl : self::DEFAULT_TTL);
	}

	private function likePrefix(string $prefix): string {
		return addcslashes($prefix, '%_') . '%';
	}

	/**
	 * Serialises read-modify-write across the php -S worker processes.
	 */
	private function atomically(callable $operation): mixed {
		$pdo = $this->db->pdo();
		if ($pdo->inTransaction()) {
			return $operation();
		}
		$pdo->exec('BEGIN IMMEDIATE');
		try {
			$result = $operation();
			$pdo->exec('COMMIT');
			return $result;
		} catch (\Throwable $e) {
			$pdo->exec('ROLLBACK');
			throw $e;
		}
	}
}
