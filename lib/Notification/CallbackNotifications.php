<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\Db\VerificationRequest;

/**
 * Tells the sharer that a recipient nobody answered asks to be called back (see
 * CallbackNotifier), and takes it away once someone called back.
 */
class CallbackNotifications extends SharerNotifications {
	public const OBJECT_TYPE = 'verification_callback';
	public const SUBJECT = 'callback_requested';

	public function notify(VerificationRequest $request, int $now): void {
		$this->notifySharers($request, $now);
	}
}
