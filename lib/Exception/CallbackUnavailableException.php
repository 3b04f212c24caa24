<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;

/**
 * A callback cannot be asked for (the call was answered, the request is still open or
 * too young, or one was asked for already) or cannot be started (nobody asked, or
 * someone called back already).
 */
class CallbackUnavailableException extends RequestException {
	public function errorCode(): string {
		return 'callback_unavailable';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
