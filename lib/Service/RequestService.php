<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\Db\CallMedia;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Exception\VideoRequiredException;
use OCA\VideoVerification\Exception\WrongModeException;
use OCA\VideoVerification\Exception\WrongPasswordException;
use OCA\VideoVerification\Notification\RequestNotifications;
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
	/** App config key: seconds a request stays open before it expires. */
	public const TTL_CONFIG_KEY = 'request_ttl';
	public const DEFAULT_TTL = 900;
	public const MIN_TTL = 60;
	public const MAX_TTL = 86400;
	public const STAGE_RINGING = 'ringing';
	public const STAGE_ANSWERED = 'answered';
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
		private ShareSessionUnlocker $unlocker,
		private IManager $shareManager,
		private ITimeFactory $time,
		private IL10N $l10n,
		private AdminPolicy $policy,
		private OfficeHoursStore $officeHours,
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
			$now + $this->ttl(),
			$share->shareId(),
			(string)$share->share->getToken(),
			$share->fileName(),
			$name,
			$share->recipientEmail(),
			$share->share->getNodeId(),
			(string)$share->share->getShareOwner(),
			(string)$share->share->getSharedBy(),
			callMedia: $callMedia,
		);
		$this->mapper->insert($request);
		$this->limits->recordOpening($share->shareId());
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
		$request = $this->transitions->settle($this->access->openForCaller($requestId, $secret), $now);
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
		$this->unlocker->unlock($share);
		return RequestView::of($used, $now, $this->prompts);
	}

	/**
	 * The caller's client reports the call: "ringing" once it joined Talk's call,
	 * "answered" once the sharer's session appeared in it. A report that arrives after the
	 * approval leaves the request approved; after a final state it is refused.
	 *
	 * @throws RequestException
	 */
	public function progress(string $requestId, #[\SensitiveParameter] string $secret, mixed $stage): RequestView {
		if ($stage !== self::STAGE_RINGING && $stage !== self::STAGE_ANSWERED) {
			throw new InvalidRequestBodyException($this->l10n->t('The stage must be "ringing" or "answered".'));
		}
		$now = $this->time->getTime();
		$request = $this->transitions->settle($this->access->openForCaller($requestId, $secret), $now);
		if ($request->status->isFinal()) {
			throw $this->closed();
		}
		// An approval may overtake the client's report; it stays an approval.
		$next = $request->status->isOpen() ? $request->withStatus(VerificationRequestStatus::Ringing) : $request;
		if ($stage === self::STAGE_ANSWERED && $request->answeredAt === null) {
			$next = $next->with(['answeredAt' => $now]);
		}
		if ($next == $request) {
			return RequestView::of($request, $now, $this->prompts);
		}
		if ($this->transitions->write($request, $next)) {
			return RequestView::of($next, $now, $this->prompts);
		}
		$current = $this->transitions->reread($request);
		if ($current->statusAt($now)->isFinal()) {
			throw $this->closed();
		}
		return RequestView::of($current, $now, $this->prompts);
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
		$request = $this->transitions->settle($this->access->openForCaller($requestId, $secret), $now);
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
		if (!$this->shareManager->checkPassword($share, $password)) {
			throw new WrongPasswordException($this->l10n->t('The password is wrong. Please try again.'));
		}
		$used = $request->with([
			'status' => VerificationRequestStatus::Used,
			'releasedBy' => ReleaseMethod::Password,
			'firstUsedAt' => $now,
		]);
		if (!$this->transitions->write($request, $used)) {
			throw $this->closed();
		}
		$this->unlocker->unlock($share);
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
		$request = $this->transitions->settle($this->access->openForCaller($requestId, $secret), $now);
		if (!$request->status->isOpen()) {
			return RequestView::of($request, $now, $this->prompts);
		}
		$cancelled = $request->withStatus(VerificationRequestStatus::Cancelled);
		if ($this->transitions->write($request, $cancelled)) {
			return RequestView::of($cancelled, $now, $this->prompts);
		}
		// Another server changed the row since we read it; its state stands.
		return RequestView::of($this->transitions->reread($request), $now, $this->prompts);
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

	private function ttl(): int {
		$ttl = $this->policy->requestTtlSeconds();
		return max(self::MIN_TTL, min(self::MAX_TTL, $ttl));
	}
}
