<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Http;

use OCP\ISession;

/**
 * Nextcloud's request token: a per-session secret handed out masked with a one-time pad,
 * "base64(pad):base64(secret XOR pad)", so every page gets a different-looking token.
 */
final class CsrfTokenManager {
	private const SESSION_KEY = 'requesttoken';

	public function __construct(
		private readonly ISession $session,
	) {
	}

	public function token(): string {
		$secret = $this->secret();
		$pad = random_bytes(strlen($secret));
		return base64_encode($pad) . ':' . base64_encode($secret ^ $pad);
	}

	public function isValid(string $token): bool {
		$parts = explode(':', $token);
		if (count($parts) !== 2) {
			return false;
		}
		$pad = base64_decode($parts[0], true);
		$masked = base64_decode($parts[1], true);
		if ($pad === false || $masked === false || strlen($pad) !== strlen($masked)) {
			return false;
		}
		$stored = $this->session->get(self::SESSION_KEY);
		return is_string($stored) && hash_equals($stored, $masked ^ $pad);
	}

	private function secret(): string {
		$secret = $this->session->get(self::SESSION_KEY);
		if (!is_string($secret)) {
			$secret = bin2hex(random_bytes(16));
			$this->session->set(self::SESSION_KEY, $secret);
		}
		return $secret;
	}
}
