<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Connection as DbalConnection;
use Doctrine\DBAL\DriverManager;
use Doctrine\DBAL\Exception as DbalBaseException;
use Doctrine\DBAL\Schema\Schema;
use OC\DB\QueryBuilder\Sharded\CrossShardMoveHelper;
use OC\DB\QueryBuilder\Sharded\ShardDefinition;
use OCP\DB\IPreparedStatement;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\DB\QueryBuilder\ITypedQueryBuilder;
use OCP\IDBConnection;
use OCP\PreConditionNotMetException;

/**
 * Nextcloud's database connection (OC\DB\Connection) through Doctrine DBAL (Debian's
 * php-doctrine-dbal), with the table prefix "oc_" as a default installation has. What
 * differs per engine lives in the subclasses, as upstream keeps it in OC\DB\Adapter*:
 * SqliteConnection, PostgreSqlConnection, MySqlConnection.
 */
abstract class DoctrineConnection implements IDBConnection {
	public const TABLE_PREFIX = 'oc_';

	private DbalConnection $inner;

	/**
	 * @param array<string, mixed> $params Doctrine's connection parameters
	 */
	protected function __construct(array $params) {
		try {
			$this->inner = DriverManager::getConnection($params);
			$this->initSession();
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}

	/**
	 * The Doctrine connection underneath, for this package's query builder and schema wrapper.
	 */
	public function getInner(): DbalConnection {
		return $this->inner;
	}

	public function getPrefix(): string {
		return self::TABLE_PREFIX;
	}

	public function getQueryBuilder() {
		return new QueryBuilder($this);
	}

	/**
	 * IDBConnection::getTypedQueryBuilder (since 34); TypedQueryBuilder only loads where
	 * nextcloud/ocp has ITypedQueryBuilder.
	 */
	public function getTypedQueryBuilder(): ITypedQueryBuilder {
		return new TypedQueryBuilder($this);
	}

	public function prepare($sql, $limit = null, $offset = null): IPreparedStatement {
		if ($limit !== null || $offset !== null) {
			$sql = $this->inner->getDatabasePlatform()->modifyLimitQuery($sql, $limit, (int)$offset);
		}
		return $this->call(fn () => new PreparedStatement($this->inner->prepare($this->finishSql($sql))));
	}

	public function executeQuery(string $sql, array $params = [], $types = []): IResult {
		return $this->call(fn () => new Result($this->inner->executeQuery($this->finishSql($sql), $params, $types)));
	}

	public function executeUpdate(string $sql, array $params = [], array $types = []): int {
		return $this->executeStatement($sql, $params, $types);
	}

	public function executeStatement($sql, array $params = [], array $types = []): int {
		return (int)$this->call(fn () => $this->inner->executeStatement($this->finishSql($sql), $params, $types));
	}

	public function lastInsertId(string $table): int {
		return (int)$this->call(fn () => $this->inner->lastInsertId());
	}

	public function insertIfNotExist(string $table, array $input, ?array $compare = null) {
		$compare = empty($compare) ? array_keys($input) : $compare;
		$columns = array_map(static fn (string $column) => '`' . $column . '`', array_keys($input));
		$conditions = array_map(static fn (string $column) => '`' . $column . '` = ?', $compare);
		$sql = 'INSERT INTO `' . $this->prefixed($table) . '` (' . implode(', ', $columns) . ') '
			. 'SELECT ' . implode(', ', array_fill(0, count($input), '?')) . ' '
			. 'WHERE NOT EXISTS (SELECT 1 FROM `' . $this->prefixed($table) . '` WHERE ' . implode(' AND ', $conditions) . ')';
		$params = array_merge(array_values($input), array_map(static fn (string $column) => $input[$column], $compare));
		try {
			return $this->executeStatement($sql, $params);
		} catch (DbalException $e) {
			if ($e->getReason() === DbalException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
				return 0;
			}
			throw $e;
		}
	}

	/**
	 * OC\DB\Adapter::insertIgnoreConflict: insert, and take a unique-key conflict as
	 * "already there" (engines with a conflict clause override this).
	 */
	public function insertIgnoreConflict(string $table, array $values): int {
		$insert = $this->getQueryBuilder();
		$insert->insert($table)
			->values(array_map(static fn ($value) => $insert->createNamedParameter($value), $values));
		try {
			return $insert->executeStatement();
		} catch (DbalException $e) {
			if ($e->getReason() === DbalException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
				return 0;
			}
			throw $e;
		}
	}

	public function setValues($table, array $keys, array $values, array $updatePreconditionValues = []): int {
		try {
			$insert = $this->getQueryBuilder();
			$insert->insert($table)
				->values(array_map(static fn ($value) => $insert->createNamedParameter($value), array_merge($keys, $values)));
			return $insert->executeStatement();
		} catch (DbalException $e) {
			if ($e->getReason() !== DbalException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
				throw $e;
			}
		}

		$update = $this->getQueryBuilder();
		$update->update($table);
		foreach ($values as $column => $value) {
			$update->set($column, $update->createNamedParameter($value));
		}
		$conditions = [];
		foreach (array_merge($keys, $updatePreconditionValues) as $column => $value) {
			$conditions[] = $update->expr()->eq($column, $update->createNamedParameter($value));
		}
		$update->where($update->expr()->andX(...$conditions));
		if ($update->executeStatement() === 0 && $updatePreconditionValues !== []) {
			throw new PreConditionNotMetException();
		}
		return 0;
	}

	abstract public function lockTable($tableName): void;

	abstract public function unlockTable(): void;

	public function beginTransaction(): void {
		$this->call(fn () => $this->inner->beginTransaction());
	}

	public function inTransaction(): bool {
		return $this->inner->isTransactionActive();
	}

	public function commit(): void {
		$this->call(fn () => $this->inner->commit());
	}

	public function rollBack(): void {
		$this->call(fn () => $this->inner->rollBack());
	}

	public function getError(): string {
		return '';
	}

	public function errorCode() {
		return 0;
	}

	public function errorInfo() {
		return [];
	}

	public function connect(): bool {
		return (bool)$this->call(fn () => $this->inner->connect());
	}

	public function close(): void {
		$this->inner->close();
	}

	public function quote($input, $type = IQueryBuilder::PARAM_STR) {
		return $this->call(fn () => $this->inner->quote($input, $type));
	}

	public function getDatabasePlatform() {
		return $this->call(fn () => $this->inner->getDatabasePlatform());
	}

	public function dropTable(string $table): void {
		if ($this->tableExists($table)) {
			$this->call(fn () => $this->inner->createSchemaManager()->dropTable($this->prefixed($table)));
		}
	}

	public function tableExists(string $table): bool {
		return (bool)$this->call(fn () => $this->inner->createSchemaManager()->tablesExist([$this->prefixed($table)]));
	}

	public function escapeLikeParameter(string $param): string {
		return addcslashes($param, '\\_%');
	}

	public function supports4ByteText(): bool {
		return true;
	}

	public function createSchema(): Schema {
		return $this->call(fn () => $this->inner->createSchemaManager()->introspectSchema());
	}

	public function migrateToSchema(Schema $toSchema): void {
		$this->call(fn () => $this->inner->createSchemaManager()->migrateSchema($toSchema));
	}

	abstract public function getDatabaseProvider(bool $strict = false): string;

	/**
	 * As OC\DB\Connection::truncateTable: the platform's truncate statement.
	 */
	public function truncateTable(string $table, bool $cascade): void {
		$this->call(fn () => $this->inner->executeStatement($this->inner->getDatabasePlatform()->getTruncateTableSQL($this->prefixed(trim($table)), $cascade)));
	}

	public function getShardDefinition(string $name): ?ShardDefinition {
		return null;
	}

	public function getCrossShardMoveHelper(): CrossShardMoveHelper {
		throw new \LogicException('Sharding is not configured on this connection');
	}

	protected function prefixed(string $table): string {
		return self::TABLE_PREFIX . $table;
	}

	/**
	 * OC\DB\Connection::replaceTablePrefix, then the adapter's fixupStatement.
	 */
	private function finishSql(string $sql): string {
		return $this->fixupStatement(str_replace('*PREFIX*', self::TABLE_PREFIX, $sql));
	}

	/**
	 * OC\DB\Adapter*::fixupStatement: the engine's dialect for Nextcloud's backtick-quoted SQL.
	 */
	abstract protected function fixupStatement(string $sql): string;

	/**
	 * The engine's session set-up (OC\DB\SQLiteSessionInit and friends).
	 */
	abstract protected function initSession(): void;

	/**
	 * @template T
	 * @param callable(): T $operation
	 * @return T
	 */
	protected function call(callable $operation) {
		try {
			return $operation();
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}
}
