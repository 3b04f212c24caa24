<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCP\Security\ISecureRandom;

/**
 * Draws the random values of a new request and binds it to the caller's session.
 *
 * ISecureRandom picks every character independently and uniformly (random_int), so each
 * of the 10^6 read-back codes is equally likely, leading zeros included.
 */
class RequestCredentialsIssuer {
	public const REQUEST_ID_LENGTH = 32;
	public const SECRET_LENGTH = 48;
	public const CODE_LENGTH = 6;

	public function __construct(
		private ISecureRandom $random,
		private RequestSecretHasher $hasher,
		private RequestSessionBinding $binding,
	) {
	}

	public function issue(): RequestCredentials {
		// Letters and digits only: safe in a URL path without escaping.
		$requestId = $this->random->generate(self::REQUEST_ID_LENGTH, ISecureRandom::CHAR_ALPHANUMERIC);
		$secret = $this->random->generate(self::SECRET_LENGTH, ISecureRandom::CHAR_ALPHANUMERIC);
		$code = $this->random->generate(self::CODE_LENGTH, ISecureRandom::CHAR_DIGITS);
		return new RequestCredentials(
			$requestId,
			$secret,
			$this->hasher->hash($secret),
			$code,
			$this->binding->bind($requestId),
		);
	}
}
