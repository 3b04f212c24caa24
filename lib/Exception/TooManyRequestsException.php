<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The share already has as many open requests as it may have, or had too many lately.
 */
class TooManyRequestsException extends RequestException {
	public function errorCode(): string {
		return 'too_many_requests';
	}

	public function httpStatus(): int {
		return Http::STATUS_TOO_MANY_REQUESTS;
	}

	/**
	 * A full share is no guess: counting it would lock a real recipient who retries out of
	 * every request endpoint (and the share's places are what a visitor fills).
	 */
	public function throttling(): Throttling {
		return Throttling::Never;
	}
}
