<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\ISession (since 6.0.0).
 */
interface ISession {
	public function set(string $key, $value);

	public function get(string $key);

	public function exists(string $key): bool;

	public function remove(string $key);

	public function clear();

	public function reopen(): bool;

	public function close();

	public function regenerateId(bool $deleteOldSession = true, bool $updateToken = false);

	public function getId(): string;
}
