<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Password mode: the share password is taken only once Talk has said that the sharer
 * joined the call while the recipient was in it (the password is told in the call).
 */
class CallNotAnsweredException extends RequestException {
	public function errorCode(): string {
		return 'call_not_answered';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
