<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\ICacheFactory (since 7.0.0).
 */
interface ICacheFactory {
	public function isAvailable(): bool;

	public function isLocalCacheAvailable(): bool;

	public function createLocking(string $prefix = ''): IMemcache;

	public function createDistributed(string $prefix = ''): ICache;

	public function createLocal(string $prefix = ''): ICache;

	public function createInMemory(int $capacity = 512): ICache;
}
