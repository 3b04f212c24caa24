<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * The sharer takes verification calls only in their office hours, and now is not one.
 * The message says when they do.
 */
class OutsideOfficeHoursException extends RequestException {
	public function errorCode(): string {
		return 'outside_office_hours';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
