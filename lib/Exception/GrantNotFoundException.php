<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * Unknown grant, a grant that already ended, or one of a share the user may not edit (we do
 * not tell which).
 */
class GrantNotFoundException extends RequestException {
	public function errorCode(): string {
		return 'grant_not_found';
	}

	public function httpStatus(): int {
		return Http::STATUS_NOT_FOUND;
	}

	public function throttling(): Throttling {
		return Throttling::Probe;
	}
}
