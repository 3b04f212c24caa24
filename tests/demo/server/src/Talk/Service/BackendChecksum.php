<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

/**
 * The request signature between Talk and the signaling server, both directions: headers
 * `Spreed-Signaling-Random` (at least 32 characters) and `Spreed-Signaling-Checksum`, the
 * lower-case hex HMAC-SHA256 of random followed by the exact body, keyed with the shared
 * secret (spreed SignalingController::validateBackendRequest, BackendNotifier).
 */
final class BackendChecksum {
	public const MIN_RANDOM_LENGTH = 32;

	public static function sign(string $random, string $body, string $secret): string {
		return hash_hmac('sha256', $random . $body, $secret);
	}

	public static function isValid(string $random, string $checksum, string $body, string $secret): bool {
		if ($secret === '' || strlen($random) < self::MIN_RANDOM_LENGTH || $checksum === '') {
			return false;
		}
		return hash_equals(self::sign($random, $body, $secret), strtolower($checksum));
	}
}
