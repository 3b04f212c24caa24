<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\CallNotAnsweredException;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\TooManyWrongPasswordsException;
use OCA\VideoVerification\Exception\WrongModeException;
use OCA\VideoVerification\Exception\WrongPasswordException;
use OCA\VideoVerification\Notification\PasswordLockoutNotifications;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;

/**
 * Password mode: the caller types the share password the sharer told in the call. Right,
 * the caller's browser session is unlocked as the password page would; wrong, the guess is
 * counted, and the MAX_WRONG_PASSWORDS-th closes the request and tells the sharer.
 */
class RequestPasswordCheck {
	/** Wrong passwords after which the request is closed. */
	public const MAX_WRONG_PASSWORDS = 5;
	/** Longer than any password Nextcloud's policy lets a share have. */
	private const MAX_PASSWORD_LENGTH = 1024;

	public function __construct(
		private RequestAccess $access,
		private RequestTransitions $transitions,
		private RequestShareResolver $shares,
		private ShareSessionAccess $shareSession,
		private PasswordLockoutNotifications $lockouts,
		private IdCheckPrompts $prompts,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * Right: the caller's session is unlocked and the call goes on without a page reload.
	 * Wrong: nothing changes but the count.
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
		$share = $this->shares->shareOf($request);
		if ($share === null) {
			throw $this->closed();
		}
		if ($request->answeredAt === null) {
			throw new CallNotAnsweredException($this->l10n->t('The password can be entered once the person you call has answered.'));
		}
		if (!$this->shares->passwordMatches($share, $password)) {
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

	private function closed(): RequestClosedException {
		return RequestClosedException::forCaller($this->l10n);
	}
}
