<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Only link and e-mail shares can be verified by video.
 */
class UnsupportedShareTypeException extends SettingsException {
	public function errorCode(): string {
		return 'unsupported_share_type';
	}

	public function httpStatus(): int {
		return Http::STATUS_BAD_REQUEST;
	}
}
