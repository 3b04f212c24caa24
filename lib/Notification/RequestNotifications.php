<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\Db\VerificationRequest;

/**
 * Tells the sharer about a new request (a notification with Approve and Decline, and
 * "Answer call" while its call rings, see Notifier) and takes it back once the request is
 * decided or over.
 */
class RequestNotifications extends SharerNotifications {
	public const OBJECT_TYPE = 'verification_request';
	public const SUBJECT = 'verification_request';

	public function notifyCreated(VerificationRequest $request): void {
		$this->notifySharers($request, $request->createdAt);
	}

	/**
	 * The recipient's call rings: the notification is sent again, now with "Answer call"
	 * (the recipient joins Talk's call silently, so this is the sharer's only ring; push
	 * clients and the panel get the action at once instead of at their next fetch).
	 */
	public function notifyRinging(VerificationRequest $request, int $at): void {
		$this->markProcessed($request->requestId);
		$this->notifySharers($request, $at);
	}
}
