<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequest;
use OCP\ISession;
use OCP\Security\ISecureRandom;

/**
 * Binds a request to the browser session that made it.
 *
 * Not by the session id: Nextcloud regenerates it (after a correct share password, and
 * when it unlocks a share for the session), and a stored id would then point nowhere.
 * Instead the PHP session keeps a random nonce per request under SESSION_KEY
 * (request id => nonce) and the request row its keyed hash. Session data survives
 * id regeneration, and another browser never has the nonce.
 */
class RequestSessionBinding {
	public const SESSION_KEY = 'video_verification_requests';
	/** A session keeps the nonces of its latest requests only. */
	public const MAX_REQUESTS_PER_SESSION = 10;
	private const NONCE_LENGTH = 32;

	public function __construct(
		private ISession $session,
		private ISecureRandom $random,
		private RequestSecretHasher $hasher,
	) {
	}

	/**
	 * Gives the current session a nonce for the request.
	 *
	 * @return string the hash to store with the request
	 */
	public function bind(string $requestId): string {
		$nonce = $this->random->generate(self::NONCE_LENGTH, ISecureRandom::CHAR_ALPHANUMERIC);
		$nonces = $this->nonces();
		unset($nonces[$requestId]);
		$nonces[$requestId] = $nonce;
		$this->session->set(self::SESSION_KEY, array_slice($nonces, -self::MAX_REQUESTS_PER_SESSION, null, true));
		return $this->hasher->hash($nonce);
	}

	public function isBoundToCurrentSession(VerificationRequest $request): bool {
		$nonce = $this->nonces()[$request->requestId] ?? null;
		return is_string($nonce) && $this->hasher->matches($nonce, $request->sessionHash);
	}

	/**
	 * @return list<string> ids of the requests this session keeps a nonce for
	 */
	public function boundRequestIds(): array {
		return array_map('strval', array_keys($this->nonces()));
	}

	/**
	 * @return array<string, string>
	 */
	private function nonces(): array {
		$stored = $this->session->get(self::SESSION_KEY);
		return is_array($stored) ? $stored : [];
	}
}
