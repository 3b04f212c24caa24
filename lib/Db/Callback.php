<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * A recipient's "Ask to be called back" on a request nobody answered (columns of
 * vv_requests, see CallbackMapper).
 */
final class Callback {
	public function __construct(
		public readonly string $requestId,
		/** unix time the recipient asked */
		public readonly int $requestedAt,
		/** at most 500 characters, '' when none */
		public readonly string $message,
		/** unix time the recipient's page last polled the callback (null: never since asking) */
		public readonly ?int $polledAt,
		/** unix time the sharer pressed "Call back" */
		public readonly ?int $startedAt,
	) {
	}

	public function isCallingBack(): bool {
		return $this->startedAt !== null;
	}
}
