<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Password mode: the last of the wrong passwords a request may see; the request is closed.
 */
class TooManyWrongPasswordsException extends RequestException {
	public function errorCode(): string {
		return 'too_many_wrong_passwords';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
