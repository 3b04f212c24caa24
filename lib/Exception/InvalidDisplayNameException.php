<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The name the recipient gave is empty, too long or contains characters a name cannot have.
 */
class InvalidDisplayNameException extends RequestException {
	public function errorCode(): string {
		return 'invalid_display_name';
	}

	public function httpStatus(): int {
		return Http::STATUS_BAD_REQUEST;
	}
}
