<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\ILiteral;

/**
 * An already quoted SQL literal (Nextcloud's OC\DB\QueryBuilder\Literal).
 */
final class Literal implements ILiteral {
	public function __construct(
		private string $literal,
	) {
	}

	public function __toString(): string {
		return $this->literal;
	}
}
