<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Security;

use OCP\Security\IHasher;

/**
 * Nextcloud's Hasher format: "3|" + PHP's argon2id hash ("2|" argon2i, "1|" bcrypt are
 * still verified, as are prefix-less legacy password_hash() values).
 */
final class DemoHasher implements IHasher {
	public function hash(string $message): string {
		return '3|' . password_hash($message, PASSWORD_ARGON2ID);
	}

	public function verify(string $message, string $hash, &$newHash = null): bool {
		$parts = explode('|', $hash, 2);
		$stored = count($parts) === 2 && in_array($parts[0], ['1', '2', '3'], true) ? $parts[1] : $hash;
		return $stored !== '' && password_verify($message, $stored);
	}

	public function validate(string $prefixedHash): bool {
		$parts = explode('|', $prefixedHash, 2);
		return count($parts) === 2 && in_array($parts[0], ['1', '2', '3'], true) && password_get_info($parts[1])['algo'] !== null;
	}
}
