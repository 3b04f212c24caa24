<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

/**
 * The random values of a new request: what the caller gets once, and what we store.
 */
final class RequestCredentials {
	public function __construct(
		public readonly string $requestId,
		/** returned once to the caller, never stored */
		#[\SensitiveParameter]
		public readonly string $secret,
		public readonly string $secretHash,
		/** six digits */
		public readonly string $code,
		/** the hash of the nonce the caller's session keeps */
		public readonly string $sessionHash,
	) {
	}
}
