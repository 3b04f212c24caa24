<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\ICompositeExpression;
use OCP\DB\QueryBuilder\IExpressionBuilder;
use OCP\DB\QueryBuilder\ILiteral;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * Comparisons in SQLite's dialect (Nextcloud's SqliteExpressionBuilder). As upstream,
 * both sides of a comparison are column names unless they are a parameter, literal
 * or function: compare with values through createNamedParameter().
 */
final class ExpressionBuilder implements IExpressionBuilder {
	public function __construct(
		private DoctrineConnection $connection,
		private QuoteHelper $helper,
		private FunctionBuilder $functionBuilder,
	) {
	}

	public function andX(...$x): ICompositeExpression {
		return CompositeExpression::and($x);
	}

	public function orX(...$x): ICompositeExpression {
		return CompositeExpression::or($x);
	}

	public function comparison($x, string $operator, $y, $type = null): string {
		return $this->helper->quoteColumnName($x) . ' ' . $operator . ' ' . $this->helper->quoteColumnName($y);
	}

	public function eq($x, $y, $type = null): string {
		return $this->comparison($x, self::EQ, $y);
	}

	public function neq($x, $y, $type = null): string {
		return $this->comparison($x, self::NEQ, $y);
	}

	public function lt($x, $y, $type = null): string {
		return $this->comparison($x, self::LT, $y);
	}

	public function lte($x, $y, $type = null): string {
		return $this->comparison($x, self::LTE, $y);
	}

	public function gt($x, $y, $type = null): string {
		return $this->comparison($x, self::GT, $y);
	}

	public function gte($x, $y, $type = null): string {
		return $this->comparison($x, self::GTE, $y);
	}

	public function isNull($x): string {
		return $this->helper->quoteColumnName($x) . ' IS NULL';
	}

	public function isNotNull($x): string {
		return $this->helper->quoteColumnName($x) . ' IS NOT NULL';
	}

	public function like($x, $y, $type = null): string {
		return $this->comparison($x, 'LIKE', $y) . " ESCAPE '\\'";
	}

	public function notLike($x, $y, $type = null): string {
		return $this->comparison($x, 'NOT LIKE', $y) . " ESCAPE '\\'";
	}

	public function iLike($x, $y, $type = null): string {
		return $this->like($this->functionBuilder->lower($x), $this->functionBuilder->lower($y));
	}

	public function in($x, $y, $type = null): string {
		return $this->helper->quoteColumnName($x) . ' IN (' . $this->listOf($y) . ')';
	}

	public function notIn($x, $y, $type = null): string {
		return $this->helper->quoteColumnName($x) . ' NOT IN (' . $this->listOf($y) . ')';
	}

	public function emptyString($x): string {
		return $this->eq($x, $this->literal('', IQueryBuilder::PARAM_STR));
	}

	public function nonEmptyString($x): string {
		return $this->neq($x, $this->literal('', IQueryBuilder::PARAM_STR));
	}

	public function bitwiseAnd($x, int $y): IQueryFunction {
		return new QueryFunction('(' . $this->helper->quoteColumnName($x) . ' & ' . $y . ')');
	}

	public function bitwiseOr($x, int $y): IQueryFunction {
		return new QueryFunction('(' . $this->helper->quoteColumnName($x) . ' | ' . $y . ')');
	}

	public function literal($input, $type = IQueryBuilder::PARAM_STR): ILiteral {
		return new Literal((string)$this->connection->quote($input, $type));
	}

	public function castColumn($column, $type): IQueryFunction {
		$quoted = $this->helper->quoteColumnName($column);
		return match ($type) {
			IQueryBuilder::PARAM_INT => new QueryFunction('CAST(' . $quoted . ' AS INT)'),
			IQueryBuilder::PARAM_STR => new QueryFunction('CAST(' . $quoted . ' AS TEXT)'),
			default => new QueryFunction($quoted),
		};
	}

	/**
	 * @param array|string|\Stringable $y a parameter (array-typed) or a list of values/columns
	 */
	private function listOf($y): string {
		$items = is_array($y) ? $y : [$y];
		return implode(', ', array_map(fn ($item) => $this->helper->quoteColumnName($item), $items));
	}
}
