<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Cache;

use OCP\IMemcache;

/**
 * The distributed cache and lock store of the clustered demo stack (`make demo
 * STACK=cluster`), on Redis through php-redis, after Nextcloud's OC\Memcache\Redis:
 * values JSON-encoded (numbers stay numbers so INCRBY works on them), add() as SET NX,
 * inc/dec as INCRBY/DECRBY on existing integers, and the compare-and-* operations as
 * Lua scripts, which Redis runs atomically for every app server at once.
 */
final class RedisCache implements IMemcache {
	private const DEFAULT_TTL = 86400;

	private const CAS = 'if redis.call("get", KEYS[1]) == ARGV[1] then redis.call("set", KEYS[1], ARGV[2], "KEEPTTL") return 1 end return 0';
	private const CAD = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0';
	private const NCAD = 'local v = redis.call("get", KEYS[1]) if v and v ~= ARGV[1] then return redis.call("del", KEYS[1]) end return 0';
	private const CAS_TTL = 'if redis.call("get", KEYS[1]) == ARGV[1] then redis.call("expire", KEYS[1], ARGV[2]) return 1 end return 0';
	private const INC = 'local v = redis.call("get", KEYS[1]) if v == false then redis.call("set", KEYS[1], ARGV[1], "EX", ARGV[2]) return tonumber(ARGV[1]) end if not string.match(v, "^-?%d+$") then return false end return redis.call("incrby", KEYS[1], ARGV[1])';
	private const DEC = 'local v = redis.call("get", KEYS[1]) if v == false or not string.match(v, "^-?%d+$") then return false end return redis.call("decrby", KEYS[1], ARGV[1])';

	public function __construct(
		private readonly \Redis $redis,
		private readonly string $prefix,
	) {
	}

	/**
	 * One connection per request (php-fpm keeps no state between requests that we rely on).
	 */
	public static function connect(string $address): \Redis {
		[$host, $port] = explode(':', $address, 2) + [1 => '6379'];
		$redis = new \Redis();
		if (!$redis->connect($host, (int)$port, 2.0)) {
			throw new \RuntimeException('Redis at ' . $address . ' is not reachable');
		}
		return $redis;
	}

	public function get($key) {
		$value = $this->redis->get($this->prefix . $key);
		return $value === false ? null : json_decode((string)$value, true);
	}

	public function set($key, $value, $ttl = 0) {
		return $this->redis->setex($this->prefix . $key, $ttl > 0 ? (int)$ttl : self::DEFAULT_TTL, json_encode($value));
	}

	public function hasKey($key) {
		return (bool)$this->redis->exists($this->prefix . $key);
	}

	public function remove($key) {
		return $this->redis->del($this->prefix . $key) > 0;
	}

	public function clear($prefix = '') {
		$pattern = addcslashes($this->prefix . $prefix, '*?[]\\') . '*';
		$iterator = null;
		while (($keys = $this->redis->scan($iterator, $pattern, 500)) !== false) {
			if ($keys !== []) {
				$this->redis->del($keys);
			}
		}
		return true;
	}

	public static function isAvailable(): bool {
		return extension_loaded('redis');
	}

	public function add($key, $value, $ttl = 0) {
		return (bool)$this->redis->set($this->prefix . $key, json_encode($value), ['nx', 'ex' => $ttl > 0 ? (int)$ttl : self::DEFAULT_TTL]);
	}

	public function inc($key, $step = 1) {
		$result = $this->redis->eval(self::INC, [$this->prefix . $key, (int)$step, self::DEFAULT_TTL], 1);
		return is_int($result) ? $result : false;
	}

	public function dec($key, $step = 1) {
		$result = $this->redis->eval(self::DEC, [$this->prefix . $key, (int)$step], 1);
		return is_int($result) ? $result : false;
	}

	public function cas($key, $old, $new) {
		return $this->redis->eval(self::CAS, [$this->prefix . $key, json_encode($old), json_encode($new)], 1) === 1;
	}

	public function cad($key, $old) {
		return $this->redis->eval(self::CAD, [$this->prefix . $key, json_encode($old)], 1) === 1;
	}

	public function ncad(string $key, mixed $old): bool {
		return $this->redis->eval(self::NCAD, [$this->prefix . $key, json_encode($old)], 1) === 1;
	}

	public function setTTL(string $key, int $ttl): void {
		$this->redis->expire($this->prefix . $key, $ttl > 0 ? $ttl : self::DEFAULT_TTL);
	}

	public function getTTL(string $key): int|false {
		$ttl = $this->redis->ttl($this->prefix . $key);
		return $ttl === false || $ttl < 0 ? false : (int)$ttl;
	}

	public function compareSetTTL(string $key, mixed $value, int $ttl): bool {
		return $this->redis->eval(self::CAS_TTL, [$this->prefix . $key, json_encode($value), $ttl > 0 ? $ttl : self::DEFAULT_TTL], 1) === 1;
	}
}
