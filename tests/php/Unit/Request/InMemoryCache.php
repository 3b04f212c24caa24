<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCP\ICache;

/**
 * A distributed cache shared by every "server" of a test.
 */
final class InMemoryCache implements ICache {
	/** @var array<string, mixed> */
	public array $values = [];

	public function get($key) {
		return $this->values[$key] ?? null;
	}

	public function set($key, $value, $ttl = 0) {
		$this->values[$key] = $value;
		return true;
	}

	public function hasKey($key) {
		return array_key_exists($key, $this->values);
	}

	public function remove($key) {
		unset($this->values[$key]);
		return true;
	}

	public function clear($prefix = '') {
		$this->values = array_filter($this->values, static fn (string $key): bool => !str_starts_with($key, $prefix), ARRAY_FILTER_USE_KEY);
		return true;
	}

	public static function isAvailable(): bool {
		return true;
	}
}
