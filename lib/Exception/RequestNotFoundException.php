<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Unknown request, wrong secret, or a request made by another browser session (we do not tell which).
 */
class RequestNotFoundException extends RequestException {
	public function errorCode(): string {
		return 'request_not_found';
	}

	public function httpStatus(): int {
		return Http::STATUS_NOT_FOUND;
	}

	public function throttling(): Throttling {
		return Throttling::Probe;
	}
}
