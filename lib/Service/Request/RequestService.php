<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;

/**
 * A recipient's open request as their page follows it: polling it (which unlocks the
 * caller's browser session once the sharer approved), reporting the call's progress, and
 * cancelling it. Opening one is RequestOpening's, the password told in the call
 * RequestPasswordCheck's.
 */
class RequestService {
	public const STAGE_RINGING = 'ringing';
	public const STAGE_ANSWERED = 'answered';
	/** How often a poll records that the recipient's page is alive (well within LIVENESS_SECONDS). */
	private const SEEN_RECORD_INTERVAL = 5;

	public function __construct(
		private RequestAccess $access,
		private RequestTransitions $transitions,
		private VerificationRequestMapper $mapper,
		private RequestShareResolver $shares,
		private ShareSessionAccess $shareSession,
		private IdCheckPrompts $prompts,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * The caller's poll. Once the sharer approved, the first poll unlocks the share for
	 * the caller's browser session (only that one: RequestAccess refuses every other) and
	 * the request is used; later polls read "used" and unlock nothing.
	 *
	 * @throws RequestException
	 */
	public function get(string $requestId, #[\SensitiveParameter] string $secret): RequestView {
		$now = $this->time->getTime();
		$request = $this->callersRequest($requestId, $secret, $now);
		if ($request->status->isOpen() && $now - ($request->lastSeenAt ?? 0) >= self::SEEN_RECORD_INTERVAL) {
			// The page is alive: it keeps its place among the share's open requests.
			$this->mapper->touch($request->requestId, $now);
		}
		if ($request->status !== VerificationRequestStatus::Approved) {
			return RequestView::of($request, $now, $this->prompts);
		}
		$share = $this->shares->shareOf($request);
		if ($share === null) {
			// The share went away after the approval: nothing to open.
			return RequestView::of($request, $now, $this->prompts);
		}
		$used = $request->with(['status' => VerificationRequestStatus::Used, 'firstUsedAt' => $now]);
		if (!$this->transitions->write($request, $used)) {
			return RequestView::of($this->transitions->reread($request), $now, $this->prompts);
		}
		$this->shareSession->unlock($share, $used);
		return RequestView::of($used, $now, $this->prompts);
	}

	/**
	 * The caller's client reports how its call goes ("ringing", "answered"). A hint for its
	 * own UI only: nothing is stored and the sharer never sees it. What the record and the
	 * sharer see comes from Talk (TalkCallProgress). Refused once the request has ended.
	 *
	 * @throws RequestException
	 */
	public function progress(string $requestId, #[\SensitiveParameter] string $secret, mixed $stage): RequestView {
		if ($stage !== self::STAGE_RINGING && $stage !== self::STAGE_ANSWERED) {
			throw new InvalidRequestBodyException($this->l10n->t('The stage must be "ringing" or "answered".'));
		}
		$now = $this->time->getTime();
		$request = $this->callersRequest($requestId, $secret, $now);
		if ($request->status->isFinal()) {
			throw $this->closed();
		}
		return RequestView::of($request, $now, $this->prompts);
	}

	/**
	 * Cancelling an open request ends it; cancelling any other request answers its state
	 * unchanged (hang-up and page unload may both send it, after a decision too).
	 *
	 * @throws RequestException
	 */
	public function cancel(string $requestId, #[\SensitiveParameter] string $secret): RequestView {
		$now = $this->time->getTime();
		$request = $this->callersRequest($requestId, $secret, $now);
		return RequestView::of($this->transitions->cancel($request), $now, $this->prompts);
	}

	/**
	 * The request as its caller may see it now: only with its secret, from the browser
	 * session that made it (RequestAccess), an expiry that has come stored (settle).
	 *
	 * @throws RequestException
	 */
	private function callersRequest(string $requestId, #[\SensitiveParameter] string $secret, int $now): VerificationRequest {
		return $this->transitions->settle($this->access->openForCaller($requestId, $secret), $now);
	}

	private function closed(): RequestClosedException {
		return RequestClosedException::forCaller($this->l10n);
	}
}
