<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

/**
 * A refused request, with Nextcloud's status codes: 401 not logged in, 403 not admin,
 * 412 CSRF check failed / strict cookie missing.
 */
final class SecurityFailure {
	public const NOT_LOGGED_IN = 'not_logged_in';
	public const NOT_ADMIN = 'not_admin';
	public const CSRF = 'csrf';
	public const STRICT_COOKIE = 'strict_cookie';

	public function __construct(
		public readonly string $kind,
		public readonly int $status,
		public readonly string $message,
	) {
	}
}
