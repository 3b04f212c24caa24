<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * A request body with wrong types or lengths.
 */
class InvalidRequestBodyException extends RequestException {
	public function errorCode(): string {
		return 'invalid_body';
	}

	public function httpStatus(): int {
		return Http::STATUS_BAD_REQUEST;
	}
}
