<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Nextcloud Talk is not installed or not enabled for the sharer Talk would ring.
 */
class TalkUnavailableException extends SettingsException {
	public function errorCode(): string {
		return 'talk_unavailable';
	}

	public function httpStatus(): int {
		return Http::STATUS_PRECONDITION_FAILED;
	}
}
