<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Callback;

use OCA\VideoVerification\Db\CallbackMapper;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\CallbackUnavailableException;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\RequestNotFoundException;
use OCA\VideoVerification\Notification\CallbackNotifications;
use OCA\VideoVerification\Service\Request\RequestAccess;
use OCA\VideoVerification\Service\Request\RequestEditorAccess;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUser;

/**
 * "No one left waiting": a recipient whose call nobody answered within a minute asks to
 * be called back (optionally with a message); the sharer is notified and may press "Call
 * back", which the recipient's page, polling, sees and answers by calling again.
 */
class CallbackService {
	public const MAX_MESSAGE_LENGTH = 500;
	/** The recipient's page offers it after this long without an answer. */
	public const NO_ANSWER_SECONDS = 60;
	/** How often a poll records that the recipient's page is still open. */
	private const POLL_RECORD_INTERVAL = 10;

	public function __construct(
		private RequestAccess $access,
		private RequestEditorAccess $editorAccess,
		private RequestTransitions $transitions,
		private CallbackMapper $callbacks,
		private CallbackNotifications $notifications,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws RequestException
	 */
	public function ask(string $requestId, #[\SensitiveParameter] string $secret, mixed $message): CallbackView {
		$text = $this->message($message);
		$now = $this->time->getTime();
		$request = $this->withdrawUnanswered($this->transitions->settle($this->access->openForCaller($requestId, $secret), $now), $now);
		if (!in_array($request->status, [VerificationRequestStatus::Cancelled, VerificationRequestStatus::Expired, VerificationRequestStatus::Abandoned], true)
			|| $request->answeredAt !== null
			|| $now < $request->createdAt + self::NO_ANSWER_SECONDS) {
			throw new CallbackUnavailableException($this->l10n->t('A callback can be asked for only when nobody answered your call within a minute.'));
		}
		if (!$this->callbacks->ask($requestId, $now, $text)) {
			throw new CallbackUnavailableException($this->l10n->t('You already asked to be called back.'));
		}
		$this->notifications->notify($request, $now);
		return $this->view($requestId);
	}

	/**
	 * The recipient's page polls while it waits; that it polls tells the sharer that
	 * calling back will reach it.
	 *
	 * @throws RequestException
	 */
	public function get(string $requestId, #[\SensitiveParameter] string $secret): CallbackView {
		$this->access->openForCaller($requestId, $secret);
		$callback = $this->callbacks->find($requestId);
		if ($callback === null) {
			throw $this->notFound();
		}
		$now = $this->time->getTime();
		if ($callback->polledAt === null || $now - $callback->polledAt >= self::POLL_RECORD_INTERVAL) {
			$this->callbacks->touch($requestId, $now);
		}
		return new CallbackView($callback);
	}

	/**
	 * The sharer (share owner or initiator) presses "Call back".
	 *
	 * @throws RequestException
	 */
	public function callBack(string $requestId, ?IUser $user): CallbackView {
		$this->editorAccess->openForEditor($requestId, $user);
		if (!$this->callbacks->start($requestId, $this->time->getTime())) {
			throw new CallbackUnavailableException($this->l10n->t('Nobody is waiting for a callback on this request.'));
		}
		$this->notifications->markProcessed($requestId);
		return $this->view($requestId);
	}

	/**
	 * The caller's page ends an unanswered call after a minute and withdraws the request;
	 * asking for a callback may arrive before that withdrawal (or without it, when it was
	 * lost), so it withdraws the request itself. Anything else stays as it is.
	 */
	private function withdrawUnanswered(VerificationRequest $request, int $now): VerificationRequest {
		if ($request->answeredAt !== null || $now < $request->createdAt + self::NO_ANSWER_SECONDS) {
			return $request;
		}
		return $this->transitions->cancel($request);
	}

	private function view(string $requestId): CallbackView {
		$callback = $this->callbacks->find($requestId);
		if ($callback === null) {
			throw $this->notFound();
		}
		return new CallbackView($callback);
	}

	/**
	 * @throws InvalidRequestBodyException
	 */
	private function message(mixed $message): string {
		if ($message === null) {
			return '';
		}
		if (!is_string($message) || preg_match('//u', $message) !== 1) {
			throw new InvalidRequestBodyException($this->l10n->t('The message must be text.'));
		}
		$text = trim($message);
		// One paragraph: a line break would let the caller write lines that look like the
		// notification's own ("E-mail: ..."). Control, format and separator characters are
		// refused too; the text is shown as a quotation, apart from the server's lines.
		if (preg_match('/[\p{Cc}\p{Zl}\p{Zp}]|(?![\x{200C}\x{200D}])\p{Cf}/u', $text) === 1) {
			throw new InvalidRequestBodyException($this->l10n->t('The message must be one paragraph, without line breaks or control characters.'));
		}
		if (mb_strlen($text) > self::MAX_MESSAGE_LENGTH) {
			throw new InvalidRequestBodyException($this->l10n->t('The message can have at most %d characters.', [self::MAX_MESSAGE_LENGTH]));
		}
		return $text;
	}

	private function notFound(): RequestNotFoundException {
		return new RequestNotFoundException($this->l10n->t('Request not found'));
	}
}
