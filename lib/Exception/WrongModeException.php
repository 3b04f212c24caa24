<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The request's share releases the file another way (a password check on an approve-mode request).
 */
class WrongModeException extends RequestException {
	public function errorCode(): string {
		return 'wrong_mode';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
