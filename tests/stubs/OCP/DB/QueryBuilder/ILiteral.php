<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB\QueryBuilder;

/**
 * Signature stub of OCP\DB\QueryBuilder\ILiteral (since 8.2.0).
 */
interface ILiteral {
	/**
	 * @return string
	 */
	public function __toString();
}
