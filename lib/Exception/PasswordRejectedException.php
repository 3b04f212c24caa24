<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The instance's password policy rejected the password.
 */
class PasswordRejectedException extends SettingsException {
	public function errorCode(): string {
		return 'password_rejected';
	}

	public function httpStatus(): int {
		return Http::STATUS_BAD_REQUEST;
	}
}
