<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * A raw SQL function call (Nextcloud's OC\DB\QueryBuilder\QueryFunction).
 */
final class QueryFunction implements IQueryFunction {
	public function __construct(
		private string $function,
	) {
	}

	public function __toString(): string {
		return $this->function;
	}
}
