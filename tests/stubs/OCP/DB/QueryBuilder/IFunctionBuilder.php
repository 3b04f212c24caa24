<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB\QueryBuilder;

/**
 * Signature stub of OCP\DB\QueryBuilder\IFunctionBuilder (since 12.0.0).
 */
interface IFunctionBuilder {
	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $input
	 */
	public function md5($input): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $x
	 * @param string|ILiteral|IParameter|IQueryFunction ...$expr
	 */
	public function concat($x, ...$expr): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $expr
	 */
	public function groupConcat($expr, ?string $separator = ','): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $input
	 * @param string|ILiteral|IParameter|IQueryFunction $start
	 * @param null|ILiteral|IParameter|IQueryFunction $length
	 */
	public function substring($input, $start, $length = null): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $field
	 */
	public function sum($field): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $field
	 */
	public function lower($field): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $x
	 * @param string|ILiteral|IParameter|IQueryFunction $y
	 */
	public function add($x, $y): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $x
	 * @param string|ILiteral|IParameter|IQueryFunction $y
	 */
	public function subtract($x, $y): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $count
	 * @param string $alias
	 */
	public function count($count = '', $alias = ''): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $field
	 * @param string $alias
	 */
	public function octetLength($field, $alias = ''): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $field
	 * @param string $alias
	 */
	public function charLength($field, $alias = ''): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $field
	 */
	public function max($field): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $field
	 */
	public function min($field): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $x
	 * @param string|ILiteral|IParameter|IQueryFunction $y
	 */
	public function greatest($x, $y): IQueryFunction;

	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $x
	 * @param string|ILiteral|IParameter|IQueryFunction $y
	 */
	public function least($x, $y): IQueryFunction;
}
