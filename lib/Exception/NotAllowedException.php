<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The administrator has not allowed this user to use video verification.
 */
class NotAllowedException extends SettingsException {
	public function errorCode(): string {
		return 'not_allowed';
	}

	public function httpStatus(): int {
		return Http::STATUS_FORBIDDEN;
	}
}
