<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\Db\VerificationRequest;

/**
 * Tells the sharer about a new request (a notification with Approve and Decline, see
 * Notifier) and takes it back once the request is decided or over.
 */
class RequestNotifications extends SharerNotifications {
	public const OBJECT_TYPE = 'verification_request';
	public const SUBJECT = 'verification_request';

	public function notifyCreated(VerificationRequest $request): void {
		$this->notifySharers($request, $request->createdAt);
	}
}
