<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * No password could be generated that the password policy accepts.
 */
class PasswordGenerationFailedException extends SettingsException {
	public function errorCode(): string {
		return 'password_generation_failed';
	}

	public function httpStatus(): int {
		return Http::STATUS_INTERNAL_SERVER_ERROR;
	}
}
