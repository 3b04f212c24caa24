<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * The share already has as many open requests as it may have, or had too many lately.
 */
class TooManyRequestsException extends RequestException {
	public function errorCode(): string {
		return 'too_many_requests';
	}
}
