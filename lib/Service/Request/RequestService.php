<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\CallMedia;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\CallNotAnsweredException;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Exception\TooManyWrongPasswordsException;
use OCA\VideoVerification\Exception\VideoRequiredException;
use OCA\VideoVerification\Exception\WrongModeException;
use OCA\VideoVerification\Exception\WrongPasswordException;
use OCA\VideoVerification\Notification\PasswordLockoutNotifications;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * A recipient's requests to be seen on a call before a share opens: making one, reporting
 * the call's progress, polling it (which unlocks the caller's browser session once the
 * sharer approved), checking the share password told in the call, and cancelling.
 */
class RequestService {
	public const STAGE_RINGING = 'ringing';
	public const STAGE_ANSWERED = 'answered';
	/** How often a poll records that the recipient's page is alive (well within LIVENESS_SECONDS). */
	private const SEEN_RECORD_INTERVAL = 5;
	/** Password mode: wrong passwords after which the request is closed. */
	public const MAX_WRONG_PASSWORDS = 5;
	/** Longer than any password Nextcloud's policy lets a share have. */
	private const MAX_PASSWORD_LENGTH = 1024;

	public function __construct(
		private RequestShareResolver $shares,
		private RequesterNameNormalizer $names,
		private RequestLimits $limits,
		private RequestCredentialsIssuer $credentials,
		private RequestAccess $access,
		private VerificationRequestMapper $mapper,
		private RequestTransitions $transitions,
		private RequestNotifications $notifications,
		private ShareSessionAccess $shareSession,
		private IManager $shareManager,
		private ITimeFactory $time,
		private IL10N $l10n,
		private AdminPolicy $policy,
		private OfficeHoursStore $officeHours,
		private PasswordLockoutNotifications $lockouts,
		private IdCheckPrompts $prompts,
	) {
	}

	/**
	 * @throws RequestException|SettingsException
	 */
	public function create(mixed $shareToken, mixed $displayName, mixed $media = null): CreatedRequest {
		$name = $this->names->normalize($displayName);
		$callMedia = $this->callMedia($media);
		$share = $this->shares->resolve($shareToken);
		$now = $this->time->getTime();
		// Whoever made the share is rung; outside their office hours the call is not made.
		$this->officeHours->assertTakesCallsAt((string)($share->share->getSharedBy() ?: $share->share->getShareOwner()), $now);
		// One open request per browser session: a new call from the same page replaces the
		// older request, so one session never holds more than one of the share's places.
		$this->supersedeOpenRequestsOfThisSession($now);
		$this->limits->assertShareMayOpenAnother($share->shareId());

		$credentials = $this->credentials->issue();
		$request = new VerificationRequest(
			$credentials->requestId,
			$credentials->secretHash,
			$credentials->sessionHash,
			$credentials->code,
			VerificationRequestStatus::Requested,
			$share->settings->mode,
			$now,
			$now + $this->policy->requestTtlSeconds(),
			$share->shareId(),
			(string)$share->share->getToken(),
			$share->fileName(),
			$name,
			$share->recipientEmail(),
			$share->share->getNodeId(),
			(string)$share->share->getShareOwner(),
			(string)$share->share->getSharedBy(),
			lastSeenAt: $now,
			callMedia: $callMedia,
		);
		$this->mapper->insert($request);
		$this->notifications->notifyCreated($request);
		return new CreatedRequest($request, $credentials->secret);
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
		$share = $this->share($request);
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
	 * Password mode: the caller types the share password the sharer told in the call.
	 * Right: the caller's session is unlocked (as the password page would) and the call
	 * goes on without a page reload. Wrong: nothing changes.
	 *
	 * @throws RequestException
	 */
	public function checkPassword(string $requestId, #[\SensitiveParameter] string $secret, #[\SensitiveParameter] mixed $password): RequestView {
		if (!is_string($password) || $password === '' || strlen($password) > self::MAX_PASSWORD_LENGTH) {
			throw new InvalidRequestBodyException($this->l10n->t('Please enter the password.'));
		}
		$now = $this->time->getTime();
		$request = $this->callersRequest($requestId, $secret, $now);
		if ($request->mode !== VerificationMode::Password) {
			throw new WrongModeException($this->l10n->t('This share is released by the person you call, not by a password.'));
		}
		if (!$request->status->isOpen()) {
			throw $this->closed();
		}
		$share = $this->share($request);
		if ($share === null) {
			throw $this->closed();
		}
		if ($request->answeredAt === null) {
			throw new CallNotAnsweredException($this->l10n->t('The password can be entered once the person you call has answered.'));
		}
		if (!$this->shareManager->checkPassword($share, $password)) {
			$this->countWrongPassword($request, $now);
		}
		$used = $request->with([
			'status' => VerificationRequestStatus::Used,
			'releasedBy' => ReleaseMethod::Password,
			'firstUsedAt' => $now,
		]);
		if (!$this->transitions->write($request, $used)) {
			throw $this->closed();
		}
		$this->shareSession->unlock($share, $used);
		return RequestView::of($used, $now, $this->prompts);
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

	/**
	 * @throws RequestException always: the password was wrong
	 */
	private function countWrongPassword(VerificationRequest $request, int $now): never {
		$wrong = $request->wrongPasswords + 1;
		$next = $request->with(['wrongPasswords' => $wrong]);
		if ($wrong >= self::MAX_WRONG_PASSWORDS) {
			$next = $next->withStatus(VerificationRequestStatus::Cancelled);
		}
		if (!$this->transitions->write($request, $next)) {
			// Another guess or a decision changed the row since we read it.
			$current = $this->transitions->reread($request);
			if (!$current->statusAt($now)->isOpen()) {
				throw $this->closed();
			}
			$next = $current->with(['wrongPasswords' => $current->wrongPasswords + 1]);
			$this->transitions->write($current, $next);
		}
		if ($next->status === VerificationRequestStatus::Cancelled) {
			$this->lockouts->notifyLockedOut($next, $now);
			throw new TooManyWrongPasswordsException($this->l10n->t('The password was wrong %d times. This request is closed; start a new call to try again.', [self::MAX_WRONG_PASSWORDS]));
		}
		throw new WrongPasswordException($this->l10n->n(
			'The password is wrong. %n more try before this request is closed.',
			'The password is wrong. %n more tries before this request is closed.',
			self::MAX_WRONG_PASSWORDS - $next->wrongPasswords,
		));
	}

	private function supersedeOpenRequestsOfThisSession(int $now): void {
		foreach ($this->access->madeByCurrentSession() as $request) {
			$this->transitions->cancel($this->transitions->settle($request, $now));
		}
	}

	private function share(VerificationRequest $request): ?IShare {
		try {
			$share = $this->shareManager->getShareByToken($request->shareToken);
		} catch (ShareNotFound) {
			return null;
		}
		return (int)$share->getId() === $request->shareId ? $share : null;
	}

	/**
	 * Video unless the caller says audio only, which the administrator must allow.
	 *
	 * @throws RequestException
	 */
	private function callMedia(mixed $media): CallMedia {
		$callMedia = $media === null ? CallMedia::Video : (is_string($media) ? CallMedia::tryFrom($media) : null);
		if ($callMedia === null) {
			throw new InvalidRequestBodyException($this->l10n->t('The media must be "video" or "audio".'));
		}
		if ($callMedia === CallMedia::Audio && !$this->policy->allowCallsWithoutVideo()) {
			throw new VideoRequiredException($this->l10n->t('The person who shared this file has to see you: the call needs a camera.'));
		}
		return $callMedia;
	}

	private function closed(): RequestClosedException {
		return new RequestClosedException($this->l10n->t('This request has ended. Start a new call to try again.'));
	}
}
