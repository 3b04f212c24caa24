<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IMemcache (since 8.1.0).
 */
interface IMemcache extends ICache {
	public function add($key, $value, $ttl = 0);

	public function inc($key, $step = 1);

	public function dec($key, $step = 1);

	public function cas($key, $old, $new);

	public function cad($key, $old);
}
