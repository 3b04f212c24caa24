<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB\QueryBuilder;

use Doctrine\DBAL\Query\Expression\ExpressionBuilder;

/**
 * Signature stub of OCP\DB\QueryBuilder\IExpressionBuilder (since 8.2.0). Every
 * comparison returns the SQL fragment as a string; $type is one of IQueryBuilder::PARAM_*.
 */
interface IExpressionBuilder {
	public const EQ = ExpressionBuilder::EQ;
	public const NEQ = ExpressionBuilder::NEQ;
	public const LT = ExpressionBuilder::LT;
	public const LTE = ExpressionBuilder::LTE;
	public const GT = ExpressionBuilder::GT;
	public const GTE = ExpressionBuilder::GTE;

	/** @param mixed ...$x */
	public function andX(...$x): ICompositeExpression;

	/** @param mixed ...$x */
	public function orX(...$x): ICompositeExpression;

	public function comparison($x, string $operator, $y, $type = null): string;

	public function eq($x, $y, $type = null): string;

	public function neq($x, $y, $type = null): string;

	public function lt($x, $y, $type = null): string;

	public function lte($x, $y, $type = null): string;

	public function gt($x, $y, $type = null): string;

	public function gte($x, $y, $type = null): string;

	/** @param string|ILiteral|IParameter|IQueryFunction $x */
	public function isNull($x): string;

	/** @param string|ILiteral|IParameter|IQueryFunction $x */
	public function isNotNull($x): string;

	public function like($x, $y, $type = null): string;

	public function notLike($x, $y, $type = null): string;

	public function iLike($x, $y, $type = null): string;

	public function in($x, $y, $type = null): string;

	public function notIn($x, $y, $type = null): string;

	/** @param string|ILiteral|IParameter|IQueryFunction $x */
	public function emptyString($x): string;

	/** @param string|ILiteral|IParameter|IQueryFunction $x */
	public function nonEmptyString($x): string;

	/** @param string|ILiteral $x */
	public function bitwiseAnd($x, int $y): IQueryFunction;

	/** @param string|ILiteral $x */
	public function bitwiseOr($x, int $y): IQueryFunction;

	/**
	 * @param mixed $input
	 * @param int|string $type One of the IQueryBuilder::PARAM_* constants
	 */
	public function literal($input, $type = IQueryBuilder::PARAM_STR): ILiteral;

	/**
	 * @param string|IQueryFunction $column
	 * @param mixed $type One of IQueryBuilder::PARAM_*
	 */
	public function castColumn($column, $type): IQueryFunction;
}
