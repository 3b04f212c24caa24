<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB\QueryBuilder;

use Doctrine\DBAL\ArrayParameterType;
use Doctrine\DBAL\ParameterType;
use Doctrine\DBAL\Types\Types;
use OCP\DB\Exception;
use OCP\DB\IResult;
use OCP\IDBConnection;

/**
 * Signature stub of OCP\DB\QueryBuilder\IQueryBuilder (since 8.2.0), a wrapper around
 * Doctrine's QueryBuilder that prefixes table names with the instance's table prefix.
 * Fluent methods return $this.
 */
interface IQueryBuilder {
	public const PARAM_NULL = ParameterType::NULL;
	public const PARAM_BOOL = ParameterType::BOOLEAN;
	public const PARAM_INT = ParameterType::INTEGER;
	public const PARAM_STR = ParameterType::STRING;
	public const PARAM_LOB = ParameterType::LARGE_OBJECT;
	public const PARAM_DATE = 'datetime';
	/** @since 31.0.0 */
	public const PARAM_DATETIME_MUTABLE = Types::DATETIME_MUTABLE;
	/** @since 31.0.0 */
	public const PARAM_DATETIME_IMMUTABLE = Types::DATETIME_IMMUTABLE;
	/** @since 31.0.0 */
	public const PARAM_DATETIME_TZ_MUTABLE = Types::DATETIMETZ_MUTABLE;
	/** @since 31.0.0 */
	public const PARAM_DATETIME_TZ_IMMUTABLE = Types::DATETIMETZ_IMMUTABLE;
	/** @since 31.0.0 */
	public const PARAM_DATE_MUTABLE = Types::DATE_MUTABLE;
	/** @since 31.0.0 */
	public const PARAM_DATE_IMMUTABLE = Types::DATE_IMMUTABLE;
	/** @since 31.0.0 */
	public const PARAM_TIME_MUTABLE = Types::TIME_MUTABLE;
	/** @since 31.0.0 */
	public const PARAM_TIME_IMMUTABLE = Types::TIME_IMMUTABLE;
	/** @since 24.0.0 */
	public const PARAM_JSON = 'json';
	public const PARAM_INT_ARRAY = ArrayParameterType::INTEGER;
	public const PARAM_STR_ARRAY = ArrayParameterType::STRING;
	/** @since 24.0.0 */
	public const MAX_ROW_DELETION = 100000;

	/** @param bool $enabled */
	public function automaticTablePrefix($enabled);

	/** @return IExpressionBuilder */
	public function expr();

	/** @return IFunctionBuilder */
	public function func();

	/** @return integer */
	public function getType();

	/** @return IDBConnection */
	public function getConnection();

	/**
	 * @return integer
	 * @deprecated 30.0.0
	 */
	public function getState();

	/**
	 * @return IResult|int
	 * @throws Exception
	 * @deprecated 22.0.0 Use executeQuery or executeStatement
	 */
	public function execute(?IDBConnection $connection = null);

	/**
	 * @throws Exception
	 * @throws \RuntimeException in case of usage with non select query
	 */
	public function executeQuery(?IDBConnection $connection = null): IResult;

	/**
	 * @return int the number of affected rows
	 * @throws Exception
	 * @throws \RuntimeException in case of usage with select query
	 */
	public function executeStatement(?IDBConnection $connection = null): int;

	/** @return string */
	public function getSQL();

	/**
	 * @param string|integer $key
	 * @param mixed $value
	 * @param string|null|int $type One of the IQueryBuilder::PARAM_* constants.
	 * @return $this
	 */
	public function setParameter($key, $value, $type = null);

	/** @return $this */
	public function setParameters(array $params, array $types = []);

	/** @return array */
	public function getParameters();

	/** @return mixed */
	public function getParameter($key);

	/** @return array */
	public function getParameterTypes();

	/** @return mixed */
	public function getParameterType($key);

	/**
	 * @param int $firstResult
	 * @return $this
	 */
	public function setFirstResult($firstResult);

	/** @return int */
	public function getFirstResult();

	/**
	 * @param int|null $maxResults
	 * @return $this
	 */
	public function setMaxResults($maxResults);

	/** @return int|null */
	public function getMaxResults();

	/** @return $this */
	public function select(...$selects);

	/** @return $this */
	public function selectAlias($select, $alias);

	/** @return $this */
	public function selectDistinct($select);

	/** @return $this */
	public function addSelect(...$select);

	/** @return $this */
	public function delete($delete = null, $alias = null);

	/** @return $this */
	public function update($update = null, $alias = null);

	/** @return $this */
	public function insert($insert = null);

	/**
	 * @param string|IQueryFunction $from
	 * @return $this
	 */
	public function from($from, $alias = null);

	/** @return $this */
	public function join($fromAlias, $join, $alias, $condition = null);

	/** @return $this */
	public function innerJoin($fromAlias, $join, $alias, $condition = null);

	/** @return $this */
	public function leftJoin($fromAlias, $join, $alias, $condition = null);

	/** @return $this */
	public function rightJoin($fromAlias, $join, $alias, $condition = null);

	/**
	 * @param ILiteral|IParameter|IQueryFunction|string $value
	 * @return $this
	 */
	public function set($key, $value);

	/** @return $this */
	public function where(...$predicates);

	/** @return $this */
	public function andWhere(...$where);

	/** @return $this */
	public function orWhere(...$where);

	/** @return $this */
	public function groupBy(...$groupBys);

	/** @return $this */
	public function addGroupBy(...$groupBy);

	/**
	 * @param IParameter|string $value
	 * @return $this
	 */
	public function setValue($column, $value);

	/** @return $this */
	public function values(array $values);

	/** @return $this */
	public function having(...$having);

	/** @return $this */
	public function andHaving(...$having);

	/** @return $this */
	public function orHaving(...$having);

	/** @return $this */
	public function orderBy($sort, $order = null);

	/** @return $this */
	public function addOrderBy($sort, $order = null);

	/**
	 * @return mixed
	 * @deprecated 30.0.0
	 */
	public function getQueryPart($queryPartName);

	/**
	 * @return array
	 * @deprecated 30.0.0
	 */
	public function getQueryParts();

	/**
	 * @return $this
	 * @deprecated 30.0.0
	 */
	public function resetQueryParts($queryPartNames = null);

	/**
	 * @return $this
	 * @deprecated 30.0.0
	 */
	public function resetQueryPart($queryPartName);

	/**
	 * @param mixed $value
	 * @param self::PARAM_* $type
	 * @param string $placeHolder The name to bind with. The string must start with a colon ':'.
	 * @return IParameter
	 */
	public function createNamedParameter($value, $type = self::PARAM_STR, $placeHolder = null);

	/**
	 * @param mixed $value
	 * @param self::PARAM_* $type
	 * @return IParameter
	 */
	public function createPositionalParameter($value, $type = self::PARAM_STR);

	/**
	 * @param string $name
	 * @return IParameter
	 */
	public function createParameter($name);

	/**
	 * @param string $call
	 * @return IQueryFunction
	 */
	public function createFunction($call);

	/**
	 * @throws \BadMethodCallException When being called before an insert query has been run.
	 */
	public function getLastInsertId(): int;

	/**
	 * @param string|IQueryFunction $table
	 * @return string
	 */
	public function getTableName($table);

	/** @since 30.0.0 */
	public function prefixTableName(string $table): string;

	/**
	 * @param string $column
	 * @param string $tableAlias
	 * @return string
	 */
	public function getColumnName($column, $tableAlias = '');

	/** @since 30.0.0 */
	public function hintShardKey(string $column, mixed $value, bool $overwrite = false): self;

	/** @since 30.0.0 */
	public function runAcrossAllShards(): self;

	/** @since 30.0.0 */
	public function getOutputColumns(): array;
}
