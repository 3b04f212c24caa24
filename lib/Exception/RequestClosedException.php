<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The request is no longer open (decided, used, cancelled or expired), so it cannot change.
 */
class RequestClosedException extends RequestException {
	public function errorCode(): string {
		return 'request_closed';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
