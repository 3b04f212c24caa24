<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\IFunctionBuilder;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * SQL functions in SQLite's dialect (Nextcloud's SqliteFunctionBuilder).
 */
final class FunctionBuilder implements IFunctionBuilder {
	public function __construct(
		private DoctrineConnection $connection,
		private QuoteHelper $helper,
	) {
	}

	public function md5($input): IQueryFunction {
		// SqliteConnection registers md5() with PDO, as Nextcloud's SQLiteSessionInit does.
		return new QueryFunction('md5(' . $this->helper->quoteColumnName($input) . ')');
	}

	public function concat($x, ...$expr): IQueryFunction {
		$parts = array_map(fn ($part) => $this->helper->quoteColumnName($part), [$x, ...$expr]);
		return new QueryFunction('(' . implode(' || ', $parts) . ')');
	}

	public function groupConcat($expr, ?string $separator = ','): IQueryFunction {
		$column = $this->helper->quoteColumnName($expr);
		if ($separator === null) {
			return new QueryFunction('GROUP_CONCAT(' . $column . ')');
		}
		return new QueryFunction('GROUP_CONCAT(' . $column . ', ' . $this->connection->quote($separator) . ')');
	}

	public function substring($input, $start, $length = null): IQueryFunction {
		$arguments = [$this->helper->quoteColumnName($input), $this->helper->quoteColumnName($start)];
		if ($length !== null) {
			$arguments[] = $this->helper->quoteColumnName($length);
		}
		return new QueryFunction('SUBSTR(' . implode(', ', $arguments) . ')');
	}

	public function sum($field): IQueryFunction {
		return new QueryFunction('SUM(' . $this->helper->quoteColumnName($field) . ')');
	}

	public function lower($field): IQueryFunction {
		return new QueryFunction('LOWER(' . $this->helper->quoteColumnName($field) . ')');
	}

	public function add($x, $y): IQueryFunction {
		return new QueryFunction('(' . $this->helper->quoteColumnName($x) . ' + ' . $this->helper->quoteColumnName($y) . ')');
	}

	public function subtract($x, $y): IQueryFunction {
		return new QueryFunction('(' . $this->helper->quoteColumnName($x) . ' - ' . $this->helper->quoteColumnName($y) . ')');
	}

	public function count($count = '', $alias = ''): IQueryFunction {
		$column = $count === '' ? '*' : $this->helper->quoteColumnName($count);
		$as = $alias === '' ? '' : ' AS ' . $this->helper->quoteColumnName($alias);
		return new QueryFunction('COUNT(' . $column . ')' . $as);
	}

	public function octetLength($field, $alias = ''): IQueryFunction {
		$as = $alias === '' ? '' : ' AS ' . $this->helper->quoteColumnName($alias);
		return new QueryFunction('LENGTH(CAST(' . $this->helper->quoteColumnName($field) . ' AS BLOB))' . $as);
	}

	public function charLength($field, $alias = ''): IQueryFunction {
		$as = $alias === '' ? '' : ' AS ' . $this->helper->quoteColumnName($alias);
		return new QueryFunction('LENGTH(' . $this->helper->quoteColumnName($field) . ')' . $as);
	}

	public function max($field): IQueryFunction {
		return new QueryFunction('MAX(' . $this->helper->quoteColumnName($field) . ')');
	}

	public function min($field): IQueryFunction {
		return new QueryFunction('MIN(' . $this->helper->quoteColumnName($field) . ')');
	}

	public function greatest($x, $y): IQueryFunction {
		return new QueryFunction('MAX(' . $this->helper->quoteColumnName($x) . ', ' . $this->helper->quoteColumnName($y) . ')');
	}

	public function least($x, $y): IQueryFunction {
		return new QueryFunction('MIN(' . $this->helper->quoteColumnName($x) . ', ' . $this->helper->quoteColumnName($y) . ')');
	}

	/**
	 * IFunctionBuilder::now() (since 34): the current time as a UNIX timestamp, which SQLite
	 * has as strftime('%s', 'now') (it has no NOW()).
	 */
	public function now(): IQueryFunction {
		return new QueryFunction("CAST(strftime('%s', 'now') AS INTEGER)");
	}
}
