<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\IParameter;

/**
 * A placeholder such as ":dcValue1" (Nextcloud's OC\DB\QueryBuilder\Parameter).
 */
final class Parameter implements IParameter {
	public function __construct(
		private string $name,
	) {
	}

	public function __toString(): string {
		return $this->name;
	}
}
