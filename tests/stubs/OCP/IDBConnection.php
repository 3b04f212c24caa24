<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

use Doctrine\DBAL\Schema\Schema;
use OC\DB\QueryBuilder\Sharded\CrossShardMoveHelper;
use OC\DB\QueryBuilder\Sharded\ShardDefinition;
use OCP\DB\Exception;
use OCP\DB\IPreparedStatement;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IQueryBuilder;

/**
 * Signature stub of OCP\IDBConnection (since 6.0.0). Table names in SQL use the
 * "*PREFIX*" placeholder, which the connection replaces with the table prefix.
 */
interface IDBConnection {
	public const PLATFORM_MYSQL = 'mysql';
	public const PLATFORM_ORACLE = 'oracle';
	public const PLATFORM_POSTGRES = 'postgres';
	public const PLATFORM_SQLITE = 'sqlite';

	/** @return IQueryBuilder */
	public function getQueryBuilder();

	/** @throws Exception */
	public function prepare($sql, $limit = null, $offset = null): IPreparedStatement;

	/** @throws Exception */
	public function executeQuery(string $sql, array $params = [], $types = []): IResult;

	/**
	 * @throws Exception
	 * @deprecated 21.0.0 use executeStatement
	 */
	public function executeUpdate(string $sql, array $params = [], array $types = []): int;

	/** @throws Exception */
	public function executeStatement($sql, array $params = [], array $types = []): int;

	/**
	 * @throws Exception
	 * @deprecated 21.0.0 use IQueryBuilder::getLastInsertId
	 */
	public function lastInsertId(string $table): int;

	/**
	 * @return int number of inserted rows
	 * @throws Exception
	 * @deprecated 15.0.0 use a unique index and catch the unique constraint violation
	 */
	public function insertIfNotExist(string $table, array $input, ?array $compare = null);

	public function insertIgnoreConflict(string $table, array $values): int;

	/**
	 * @throws Exception
	 * @throws PreConditionNotMetException
	 */
	public function setValues($table, array $keys, array $values, array $updatePreconditionValues = []): int;

	/** @throws Exception */
	public function lockTable($tableName): void;

	/** @throws Exception */
	public function unlockTable(): void;

	/** @throws Exception */
	public function beginTransaction(): void;

	public function inTransaction(): bool;

	/** @throws Exception */
	public function commit(): void;

	/** @throws Exception */
	public function rollBack(): void;

	/** @deprecated 21.0.0 */
	public function getError(): string;

	/**
	 * @return integer
	 * @deprecated 21.0.0
	 */
	public function errorCode();

	/**
	 * @return array
	 * @deprecated 21.0.0
	 */
	public function errorInfo();

	/** @throws Exception */
	public function connect(): bool;

	public function close(): void;

	/** @return mixed */
	public function quote($input, $type = IQueryBuilder::PARAM_STR);

	/**
	 * @return \Doctrine\DBAL\Platforms\AbstractPlatform
	 * @deprecated 30.0.0 use getDatabaseProvider()
	 */
	public function getDatabasePlatform();

	/** @throws Exception */
	public function dropTable(string $table): void;

	/** @throws Exception */
	public function tableExists(string $table): bool;

	public function escapeLikeParameter(string $param): string;

	public function supports4ByteText(): bool;

	/** @throws Exception */
	public function createSchema(): Schema;

	/** @throws Exception */
	public function migrateToSchema(Schema $toSchema): void;

	/**
	 * @return self::PLATFORM_MYSQL|self::PLATFORM_ORACLE|self::PLATFORM_POSTGRES|self::PLATFORM_SQLITE
	 */
	public function getDatabaseProvider(): string;

	/** @since 30.0.0 */
	public function getShardDefinition(string $name): ?ShardDefinition;

	/** @since 30.0.0 */
	public function getCrossShardMoveHelper(): CrossShardMoveHelper;
}
