<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB;

use Exception as BaseException;

/**
 * Signature stub of OCP\DB\Exception (since 21.0.0). Upstream wraps Doctrine's
 * exceptions in a subclass whose getReason() maps the Doctrine exception type.
 */
class Exception extends BaseException {
	public const REASON_CONNECTION_LOST = 1;
	public const REASON_CONSTRAINT_VIOLATION = 2;
	public const REASON_DATABASE_OBJECT_EXISTS = 3;
	public const REASON_DATABASE_OBJECT_NOT_FOUND = 4;
	public const REASON_DEADLOCK = 5;
	public const REASON_DRIVER = 6;
	public const REASON_FOREIGN_KEY_VIOLATION = 7;
	public const REASON_INVALID_ARGUMENT = 8;
	public const REASON_INVALID_FIELD_NAME = 9;
	public const REASON_NON_UNIQUE_FIELD_NAME = 10;
	public const REASON_NOT_NULL_CONSTRAINT_VIOLATION = 11;
	public const REASON_SERVER = 12;
	public const REASON_SYNTAX_ERROR = 13;
	public const REASON_UNIQUE_CONSTRAINT_VIOLATION = 14;
	public const REASON_LOCK_WAIT_TIMEOUT = 15;

	/**
	 * @return int|null one of the REASON_* constants, null when unknown
	 */
	public function getReason(): ?int {
		return null;
	}
}
