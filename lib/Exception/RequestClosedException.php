<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

use OCP\AppFramework\Http;
use OCP\IL10N;

/**
 * The request is no longer open (decided, used, cancelled or expired), so it cannot change.
 */
class RequestClosedException extends RequestException {
	/** What the caller's page is told when their own request has ended. */
	public static function forCaller(IL10N $l10n): self {
		return new self($l10n->t('This request has ended. Start a new call to try again.'));
	}

	public function errorCode(): string {
		return 'request_closed';
	}

	public function httpStatus(): int {
		return Http::STATUS_CONFLICT;
	}
}
