<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCP\IConfig;

/**
 * Hashes the random values of a request (the caller's secret, the session nonce) for
 * storage: HMAC-SHA256 keyed with the instance secret (config.php 'secret').
 *
 * Not password_hash(): these values are long random strings (about 190 bits and more),
 * so no guessing attack exists that a slow hash would slow down, while a slow hash would
 * cost tens of milliseconds of CPU on every poll of every waiting recipient. The key
 * means that a copy of the database alone cannot even confirm a guess.
 */
class RequestSecretHasher {
	private const DOMAIN = 'video_verification/request/';

	public function __construct(
		private IConfig $config,
	) {
	}

	/**
	 * @return string 64 hex digits
	 */
	public function hash(#[\SensitiveParameter] string $value): string {
		return hash_hmac('sha256', $value, $this->key());
	}

	public function matches(#[\SensitiveParameter] string $value, string $hash): bool {
		return hash_equals($hash, $this->hash($value));
	}

	private function key(): string {
		return self::DOMAIN . $this->config->getSystemValueString('secret');
	}
}
