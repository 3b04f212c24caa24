<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Security;

/**
 * Signature stub of OCP\Security\IHasher (since 8.0.0).
 */
interface IHasher {
	public function hash(string $message): string;

	/**
	 * @param null|string $newHash set when the hash should be updated
	 */
	public function verify(string $message, string $hash, &$newHash = null): bool;

	public function validate(string $prefixedHash): bool;
}
