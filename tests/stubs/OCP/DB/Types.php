<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB;

/**
 * Signature stub of OCP\DB\Types (since 21.0.0): column types for migrations.
 */
final class Types {
	public const BIGINT = 'bigint';
	public const BINARY = 'binary';
	public const BLOB = 'blob';
	public const BOOLEAN = 'boolean';
	public const DATE = 'date';
	public const DATETIME = 'datetime';
	public const DECIMAL = 'decimal';
	public const FLOAT = 'float';
	public const INTEGER = 'integer';
	public const SMALLINT = 'smallint';
	public const STRING = 'string';
	public const TEXT = 'text';
	public const TIME = 'time';
	public const JSON = 'json';
	/** @since 31.0.0 */
	public const DATE_IMMUTABLE = 'date_immutable';
	/** @since 31.0.0 */
	public const DATETIME_IMMUTABLE = 'datetime_immutable';
	/** @since 31.0.0 */
	public const DATETIME_TZ = 'datetimetz';
	/** @since 31.0.0 */
	public const DATETIME_TZ_IMMUTABLE = 'datetimetz_immutable';
	/** @since 31.0.0 */
	public const TIME_IMMUTABLE = 'time_immutable';

	private function __construct() {
	}
}
