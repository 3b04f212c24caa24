<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\ParameterType;
use Doctrine\DBAL\Query\QueryBuilder as DbalQueryBuilder;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\ConflictResolutionMode;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\DB\QueryBuilder\IQueryFunction;
use OCP\IDBConnection;

/**
 * IQueryBuilder over Doctrine's QueryBuilder, built like Nextcloud's
 * OC\DB\QueryBuilder\QueryBuilder: table names get the "*PREFIX*" placeholder and
 * identifiers backticks; the connection resolves both when the query runs.
 */
class QueryBuilder implements IQueryBuilder {
	private const SELECT = 0;
	private const DELETE = 1;
	private const UPDATE = 2;
	private const INSERT = 3;

	private DbalQueryBuilder $queryBuilder;
	private QuoteHelper $helper;
	private bool $automaticTablePrefix = true;
	private int $type = self::SELECT;
	private ?string $lastInsertedTable = null;
	/** @var list<string> */
	private array $selectedColumns = [];

	public function __construct(
		private DoctrineConnection $connection,
	) {
		$this->queryBuilder = $connection->getInner()->createQueryBuilder();
		$this->helper = new QuoteHelper();
	}

	public function automaticTablePrefix($enabled) {
		$this->automaticTablePrefix = (bool)$enabled;
	}

	public function expr() {
		return new ExpressionBuilder($this->connection, $this->helper, $this->func());
	}

	public function func() {
		return new FunctionBuilder($this->connection, $this->helper);
	}

	public function getType() {
		return $this->type;
	}

	public function getConnection() {
		return $this->connection;
	}

	public function getState() {
		return $this->queryBuilder->getState();
	}

	public function execute(?IDBConnection $connection = null) {
		if ($this->type === self::SELECT) {
			return $this->executeQuery($connection);
		}
		return $this->executeStatement($connection);
	}

	public function executeQuery(?IDBConnection $connection = null): IResult {
		if ($this->type !== self::SELECT) {
			throw new \RuntimeException('Invalid query type, expected SELECT query');
		}
		return ($connection ?? $this->connection)->executeQuery($this->getSQL(), $this->getParameters(), $this->getParameterTypes());
	}

	public function executeStatement(?IDBConnection $connection = null): int {
		if ($this->type === self::SELECT) {
			throw new \RuntimeException('Invalid query type, expected INSERT, DELETE or UPDATE statement');
		}
		return ($connection ?? $this->connection)->executeStatement($this->getSQL(), $this->getParameters(), $this->getParameterTypes());
	}

	public function getSQL() {
		return $this->queryBuilder->getSQL();
	}

	public function setParameter($key, $value, $type = null) {
		$this->queryBuilder->setParameter($key, $value, $type ?? ParameterType::STRING);
		return $this;
	}

	public function setParameters(array $params, array $types = []) {
		$this->queryBuilder->setParameters($params, $types);
		return $this;
	}

	public function getParameters() {
		return $this->queryBuilder->getParameters();
	}

	public function getParameter($key) {
		return $this->queryBuilder->getParameter($key);
	}

	public function getParameterTypes() {
		return $this->queryBuilder->getParameterTypes();
	}

	public function getParameterType($key) {
		return $this->queryBuilder->getParameterType($key);
	}

	public function setFirstResult($firstResult) {
		$this->queryBuilder->setFirstResult((int)$firstResult);
		return $this;
	}

	public function getFirstResult() {
		return $this->queryBuilder->getFirstResult();
	}

	public function setMaxResults($maxResults) {
		$this->queryBuilder->setMaxResults($maxResults === null ? null : (int)$maxResults);
		return $this;
	}

	public function getMaxResults() {
		return $this->queryBuilder->getMaxResults();
	}

	public function select(...$selects) {
		$selects = $this->flatten($selects);
		$this->type = self::SELECT;
		$this->selectedColumns = [];
		$this->queryBuilder->select(...$this->quoteSelects($selects));
		return $this;
	}

	public function selectAlias($select, $alias): self {
		$this->type = self::SELECT;
		$this->selectedColumns[] = (string)$alias;
		$this->queryBuilder->addSelect($this->helper->quoteColumnName($select) . ' AS ' . $this->helper->quoteColumnName($alias));
		return $this;
	}

	public function selectDistinct($select) {
		$selects = is_array($select) ? $select : [$select];
		$this->type = self::SELECT;
		$this->selectedColumns = [];
		$this->queryBuilder->distinct();
		$this->queryBuilder->select(...$this->quoteSelects($selects));
		return $this;
	}

	public function addSelect(...$select) {
		$this->type = self::SELECT;
		$this->queryBuilder->addSelect(...$this->quoteSelects($this->flatten($select)));
		return $this;
	}

	public function delete($delete = null, $alias = null) {
		$this->type = self::DELETE;
		$this->queryBuilder->delete($this->getTableName($delete), $alias);
		return $this;
	}

	public function update($update = null, $alias = null) {
		$this->type = self::UPDATE;
		$this->queryBuilder->update($this->getTableName($update), $alias);
		return $this;
	}

	public function insert($insert = null) {
		$this->type = self::INSERT;
		$this->lastInsertedTable = $insert;
		$this->queryBuilder->insert($this->getTableName($insert));
		return $this;
	}

	public function from($from, $alias = null) {
		$this->queryBuilder->from($this->getTableName($from), $this->quoteAlias($alias));
		return $this;
	}

	public function join($fromAlias, $join, $alias, $condition = null) {
		$this->queryBuilder->join($this->quoteAlias($fromAlias), $this->getTableName($join), $this->quoteAlias($alias), $this->condition($condition));
		return $this;
	}

	public function innerJoin($fromAlias, $join, $alias, $condition = null) {
		$this->queryBuilder->innerJoin($this->quoteAlias($fromAlias), $this->getTableName($join), $this->quoteAlias($alias), $this->condition($condition));
		return $this;
	}

	public function leftJoin($fromAlias, $join, $alias, $condition = null) {
		$this->queryBuilder->leftJoin($this->quoteAlias($fromAlias), $this->getTableName($join), $this->quoteAlias($alias), $this->condition($condition));
		return $this;
	}

	public function rightJoin($fromAlias, $join, $alias, $condition = null) {
		$this->queryBuilder->rightJoin($this->quoteAlias($fromAlias), $this->getTableName($join), $this->quoteAlias($alias), $this->condition($condition));
		return $this;
	}

	public function set($key, $value) {
		$this->queryBuilder->set($this->helper->quoteColumnName($key), $this->helper->quoteColumnName($value));
		return $this;
	}

	public function where(...$predicates) {
		$this->queryBuilder->where(...$this->predicates($predicates));
		return $this;
	}

	public function andWhere(...$where) {
		$this->queryBuilder->andWhere(...$this->predicates($where));
		return $this;
	}

	public function orWhere(...$where) {
		$this->queryBuilder->orWhere(...$this->predicates($where));
		return $this;
	}

	public function groupBy(...$groupBys) {
		$this->queryBuilder->groupBy(...$this->helper->quoteColumnNames($this->flatten($groupBys)));
		return $this;
	}

	public function addGroupBy(...$groupBy) {
		$this->queryBuilder->addGroupBy(...$this->helper->quoteColumnNames($this->flatten($groupBy)));
		return $this;
	}

	public function setValue($column, $value) {
		$this->queryBuilder->setValue($this->helper->quoteColumnName($column), (string)$value);
		return $this;
	}

	public function values(array $values) {
		$quoted = [];
		foreach ($values as $column => $value) {
			$quoted[$this->helper->quoteColumnName($column)] = (string)$value;
		}
		$this->queryBuilder->values($quoted);
		return $this;
	}

	public function having(...$having) {
		$this->queryBuilder->having(...$this->predicates($having));
		return $this;
	}

	public function andHaving(...$having) {
		$this->queryBuilder->andHaving(...$this->predicates($having));
		return $this;
	}

	public function orHaving(...$having) {
		$this->queryBuilder->orHaving(...$this->predicates($having));
		return $this;
	}

	public function orderBy($sort, $order = null) {
		$this->queryBuilder->orderBy($this->helper->quoteColumnName($sort), $this->direction($order));
		return $this;
	}

	public function addOrderBy($sort, $order = null) {
		$this->queryBuilder->addOrderBy($this->helper->quoteColumnName($sort), $this->direction($order));
		return $this;
	}

	public function getQueryPart($queryPartName) {
		return $this->queryBuilder->getQueryPart($queryPartName);
	}

	public function getQueryParts() {
		return $this->queryBuilder->getQueryParts();
	}

	public function resetQueryParts($queryPartNames = null) {
		$this->queryBuilder->resetQueryParts($queryPartNames);
		return $this;
	}

	public function resetQueryPart($queryPartName) {
		$this->queryBuilder->resetQueryPart($queryPartName);
		return $this;
	}

	public function createNamedParameter($value, $type = self::PARAM_STR, $placeHolder = null) {
		return new Parameter($this->queryBuilder->createNamedParameter($value, $type, $placeHolder));
	}

	public function createPositionalParameter($value, $type = self::PARAM_STR) {
		return new Parameter($this->queryBuilder->createPositionalParameter($value, $type));
	}

	public function createParameter($name) {
		return new Parameter(':' . $name);
	}

	public function createFunction($call) {
		return new QueryFunction($call);
	}

	public function getLastInsertId(): int {
		if ($this->type === self::INSERT && $this->lastInsertedTable !== null) {
			return $this->connection->lastInsertId($this->prefixTableName($this->lastInsertedTable));
		}
		throw new \BadMethodCallException('Invalid call to getLastInsertId without using insert() before.');
	}

	public function getTableName($table) {
		if ($table instanceof IQueryFunction) {
			return (string)$table;
		}
		return $this->helper->quoteColumnName($this->prefixTableName($table));
	}

	public function prefixTableName(string $table): string {
		if (!$this->automaticTablePrefix || str_starts_with($table, '*PREFIX*')) {
			return $table;
		}
		return '*PREFIX*' . $table;
	}

	public function getColumnName($column, $tableAlias = '') {
		if ($tableAlias !== '') {
			$tableAlias .= '.';
		}
		return $this->helper->quoteColumnName($tableAlias . $column);
	}

	public function hintShardKey(string $column, mixed $value, bool $overwrite = false): self {
		return $this;
	}

	public function runAcrossAllShards(): self {
		return $this;
	}

	/**
	 * IQueryBuilder::forUpdate (since 33). SQLite locks the whole database file for a write
	 * and has no row locks: Doctrine's SqlitePlatform renders FOR UPDATE as nothing, so the
	 * SQL stays as it is, in either mode.
	 */
	public function forUpdate(ConflictResolutionMode $conflictResolutionMode = ConflictResolutionMode::Ordinary): self {
		return $this;
	}

	public function getOutputColumns(): array {
		return array_values(array_unique($this->selectedColumns));
	}

	/**
	 * @param list<mixed> $selects
	 * @return list<string>
	 */
	private function quoteSelects(array $selects): array {
		foreach ($selects as $select) {
			if (is_string($select)) {
				$name = str_contains($select, ' as ') ? substr($select, strrpos($select, ' as ') + 4) : $select;
				$this->selectedColumns[] = str_contains($name, '.') ? substr($name, strrpos($name, '.') + 1) : $name;
			}
		}
		return $this->helper->quoteColumnNames($selects);
	}

	/**
	 * select(['a', 'b']) and select('a', 'b') mean the same.
	 */
	private function flatten(array $arguments): array {
		if (count($arguments) === 1 && is_array($arguments[0])) {
			return $arguments[0];
		}
		return $arguments;
	}

	/**
	 * @return list<string>
	 */
	private function predicates(array $predicates): array {
		$predicates = $this->flatten($predicates);
		return array_map(static fn ($predicate) => (string)$predicate, $predicates);
	}

	private function condition($condition): ?string {
		return $condition === null ? null : (string)$condition;
	}

	private function quoteAlias($alias): ?string {
		if ($alias === '' || $alias === null) {
			return $alias;
		}
		return $this->helper->quoteColumnName($alias);
	}

	private function direction($order): ?string {
		if ($order === null) {
			return null;
		}
		$order = strtoupper((string)$order);
		return in_array($order, ['ASC', 'DESC'], true) ? $order : null;
	}
}
