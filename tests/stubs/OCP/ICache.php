<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\ICache (since 6.0.0).
 */
interface ICache {
	public const DEFAULT_TTL = 24 * 60 * 60;

	public function get($key);

	public function set($key, $value, $ttl = 0);

	public function hasKey($key);

	public function remove($key);

	public function clear($prefix = '');

	public static function isAvailable(): bool;
}
