<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The release mode or Nextcloud's rules need a password the request did not carry.
 */
class PasswordRequiredException extends SettingsException {
	public function errorCode(): string {
		return 'password_required';
	}

	public function httpStatus(): int {
		return Http::STATUS_BAD_REQUEST;
	}
}
