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
 * Nextcloud's database connection on SQLite, through Doctrine DBAL (Debian's
 * php-doctrine-dbal), with the table prefix "oc_" as a default installation has.
 *
 * Like OC\DB\Connection it replaces "*PREFIX*" in SQL with the prefix, and like its
 * SQLite adapter it turns backtick quoting into SQLite's, makes LIKE case-sensitive
 * and provides md5(). Pass ':memory:' for a private in-memory database, or a file
 * path (created when missing) that several processes may share.
 */
final class SqliteConnection implements IDBConnection {
	public const TABLE_PREFIX = 'oc_';

	private DbalConnection $inner;

	public function __construct(string $path) {
		$params = $path === ':memory:'
			? ['driver' => 'pdo_sqlite', 'memory' => true]
			: ['driver' => 'pdo_sqlite', 'path' => $path];
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

	public function insertIgnoreConflict(string $table, array $values): int {
		$columns = array_map(static fn (string $column) => '`' . $column . '`', array_keys($values));
		$sql = 'INSERT OR IGNORE INTO `' . $this->prefixed($table) . '` (' . implode(', ', $columns) . ') '
			. 'VALUES (' . implode(', ', array_fill(0, count($values), '?')) . ')';
		return $this->executeStatement($sql, array_values($values));
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

	public function lockTable($tableName): void {
		$this->executeStatement('BEGIN EXCLUSIVE TRANSACTION');
	}

	public function unlockTable(): void {
		$this->executeStatement('COMMIT TRANSACTION');
	}

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

	/**
	 * SQLite has no flavours to tell apart, $strict or not.
	 */
	public function getDatabaseProvider(bool $strict = false): string {
		return self::PLATFORM_SQLITE;
	}

	/**
	 * As OC\DB\Connection::truncateTable: the platform's truncate statement, which for
	 * SQLite is a DELETE FROM (it has no TRUNCATE and no cascade).
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

	private function prefixed(string $table): string {
		return self::TABLE_PREFIX . $table;
	}

	/**
	 * OC\DB\Connection::replaceTablePrefix, then AdapterSqlite::fixupStatement.
	 */
	private function finishSql(string $sql): string {
		$sql = str_replace('*PREFIX*', self::TABLE_PREFIX, $sql);
		$sql = preg_replace('/`(\w+)` ILIKE \?/', 'LOWER($1) LIKE LOWER(?)', $sql);
		$sql = str_replace('`', '"', $sql);
		$sql = str_ireplace('NOW()', 'datetime(\'now\')', $sql);
		$sql = str_ireplace('GREATEST(', 'MAX(', $sql);
		$sql = str_ireplace('LEAST(', 'MIN(', $sql);
		return str_ireplace('UNIX_TIMESTAMP()', 'strftime(\'%s\',\'now\')', $sql);
	}

	/**
	 * OC\DB\SQLiteSessionInit, plus waiting for a lock instead of failing at once,
	 * because the demo's PHP processes share one database file.
	 */
	private function initSession(): void {
		$this->inner->executeStatement('PRAGMA case_sensitive_like = true');
		$this->inner->executeStatement('PRAGMA busy_timeout = 5000');
		$pdo = $this->inner->getNativeConnection();
		if ($pdo instanceof \PDO) {
			$pdo->sqliteCreateFunction('md5', 'md5', 1);
		}
	}

	/**
	 * @template T
	 * @param callable(): T $operation
	 * @return T
	 */
	private function call(callable $operation) {
		try {
			return $operation();
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}
}
