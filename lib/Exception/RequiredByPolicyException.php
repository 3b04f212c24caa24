<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The administrator requires video verification for this share: it cannot be switched off.
 */
class RequiredByPolicyException extends SettingsException {
	public function errorCode(): string {
		return 'required_by_policy';
	}

	public function httpStatus(): int {
		return Http::STATUS_FORBIDDEN;
	}
}
