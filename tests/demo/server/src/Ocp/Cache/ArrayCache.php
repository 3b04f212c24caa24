<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Cache;

use OCP\ICache;

/**
 * ICacheFactory::createInMemory(): lives as long as the request.
 */
final class ArrayCache implements ICache {
	/** @var array<string, mixed> */
	private array $values = [];

	public function get($key) {
		return $this->values[$key] ?? null;
	}

	public function set($key, $value, $ttl = 0) {
		$this->values[$key] = $value;
		return true;
	}

	public function hasKey($key) {
		return isset($this->values[$key]);
	}

	public function remove($key) {
		unset($this->values[$key]);
		return true;
	}

	public function clear($prefix = '') {
		foreach (array_keys($this->values) as $key) {
			if (str_starts_with((string)$key, $prefix)) {
				unset($this->values[$key]);
			}
		}
		return true;
	}

	public static function isAvailable(): bool {
		return true;
	}
}
