<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\Db\VerificationRequest;

/**
 * Tells the sharer that a request in password mode was closed after too many wrong
 * passwords (see PasswordLockoutNotifier).
 */
class PasswordLockoutNotifications extends SharerNotifications {
	public const OBJECT_TYPE = 'verification_password_lockout';
	public const SUBJECT = 'password_lockout';

	public function notifyLockedOut(VerificationRequest $request, int $at): void {
		$this->notifySharers($request, $at);
	}
}
