<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\RequestNotFoundException;
use OCP\IL10N;

/**
 * Loads a request for its caller: the one who holds the request's secret AND calls
 * from the browser session that made it. Everyone else meets the same "not found",
 * whether the id is unknown, the secret wrong or the session another one.
 */
class RequestAccess {
	private const REQUEST_ID_PATTERN = '/^[A-Za-z0-9]{' . RequestCredentialsIssuer::REQUEST_ID_LENGTH . '}$/';
	private const MAX_SECRET_LENGTH = 256;

	public function __construct(
		private VerificationRequestMapper $mapper,
		private RequestSecretHasher $hasher,
		private RequestSessionBinding $binding,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws RequestNotFoundException
	 */
	public function openForCaller(string $requestId, #[\SensitiveParameter] string $secret): VerificationRequest {
		if (preg_match(self::REQUEST_ID_PATTERN, $requestId) !== 1
			|| $secret === '' || strlen($secret) > self::MAX_SECRET_LENGTH) {
			throw $this->notFound();
		}
		$request = $this->mapper->find($requestId);
		if ($request === null
			|| !$this->hasher->matches($secret, $request->secretHash)
			|| !$this->binding->isBoundToCurrentSession($request)) {
			throw $this->notFound();
		}
		return $request;
	}

	/**
	 * The requests the current browser session made (its latest ones, as the session keeps them).
	 *
	 * @return list<VerificationRequest>
	 */
	public function madeByCurrentSession(): array {
		$requests = [];
		foreach ($this->binding->boundRequestIds() as $requestId) {
			$request = $this->mapper->find($requestId);
			if ($request !== null && $this->binding->isBoundToCurrentSession($request)) {
				$requests[] = $request;
			}
		}
		return $requests;
	}

	private function notFound(): RequestNotFoundException {
		return new RequestNotFoundException($this->l10n->t('Request not found'));
	}
}
