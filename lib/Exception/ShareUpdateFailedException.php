<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Nextcloud's share manager refused the change (its message says why).
 */
class ShareUpdateFailedException extends SettingsException {
	public function errorCode(): string {
		return 'share_update_failed';
	}

	public function httpStatus(): int {
		return Http::STATUS_BAD_REQUEST;
	}
}
