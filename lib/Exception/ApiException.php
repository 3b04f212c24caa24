<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * A failure our OCS API answers as `{error, message}`: the message is translated, for
 * people; errorCode() is the machine code, httpStatus() the status of the answer and
 * throttling() whether it counts for brute-force protection (the controllers answer it
 * through Controller\ApiErrorResponses).
 */
abstract class ApiException extends \Exception {
	abstract public function errorCode(): string;

	/**
	 * @return \OCP\AppFramework\Http::STATUS_*
	 */
	abstract public function httpStatus(): int;

	public function throttling(): Throttling {
		return Throttling::Anonymous;
	}
}
