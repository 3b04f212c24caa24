<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB\QueryBuilder;

/**
 * Signature stub of OCP\DB\QueryBuilder\ICompositeExpression (since 8.2.0).
 */
interface ICompositeExpression {
	/**
	 * @param array $parts
	 * @return ICompositeExpression
	 * @deprecated 30.0.0 build the expression with all its parts at once
	 */
	public function addMultiple(array $parts = []): ICompositeExpression;

	/**
	 * @param mixed $part
	 * @return ICompositeExpression
	 * @deprecated 30.0.0 build the expression with all its parts at once
	 */
	public function add($part): ICompositeExpression;

	public function count(): int;

	/**
	 * @return string 'AND' or 'OR'
	 */
	public function getType(): string;
}
