<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\ILiteral;
use OCP\DB\QueryBuilder\IParameter;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * Quotes column names with backticks as Nextcloud's QuoteHelper does; the connection
 * turns backticks into the platform's quote character before running the SQL.
 */
final class QuoteHelper {
	/**
	 * @param array|string|ILiteral|IParameter|IQueryFunction|null $strings
	 * @return array|string|null
	 */
	public function quoteColumnNames($strings) {
		if (!is_array($strings)) {
			return $this->quoteColumnName($strings);
		}
		return array_map(fn ($string) => $this->quoteColumnName($string), $strings);
	}

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction|null $string
	 */
	public function quoteColumnName($string): ?string {
		if ($string instanceof IParameter || $string instanceof ILiteral || $string instanceof IQueryFunction) {
			return (string)$string;
		}
		if ($string === null || $string === 'null' || $string === '*') {
			return $string;
		}
		if (!is_string($string)) {
			throw new \InvalidArgumentException('Only strings, literals and parameters are allowed');
		}
		$string = str_replace(' AS ', ' as ', $string);
		if (str_contains($string, ' as ')) {
			return implode(' as ', array_map(fn (string $part) => $this->quoteColumnName($part), explode(' as ', $string, 2)));
		}
		if (str_contains($string, '.')) {
			[$alias, $column] = explode('.', $string, 2);
			if ($column === '*') {
				return '`' . $alias . '`.*';
			}
			return '`' . $alias . '`.`' . $column . '`';
		}
		return '`' . $string . '`';
	}
}
