<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The share password the recipient typed is not the share's password.
 */
class WrongPasswordException extends RequestException {
	public function errorCode(): string {
		return 'wrong_password';
	}

	public function httpStatus(): int {
		return Http::STATUS_FORBIDDEN;
	}
}
