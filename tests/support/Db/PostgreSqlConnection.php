<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

/**
 * Nextcloud's connection on PostgreSQL (OC\DB\AdapterPgSql), through pdo_pgsql.
 */
final class PostgreSqlConnection extends DoctrineConnection {
	/**
	 * @param array{host: string, port: int, user: string, password: string, dbname: string} $params
	 */
	public function __construct(array $params) {
		parent::__construct(['driver' => 'pdo_pgsql', 'charset' => 'UTF8'] + $params);
	}

	/**
	 * AdapterPgSql::lastInsertId: the value the session's last nextval() gave.
	 */
	public function lastInsertId(string $table): int {
		return (int)$this->call(fn () => $this->getInner()->fetchOne('SELECT lastval()'));
	}

	/**
	 * AdapterPgSql::insertIgnoreConflict.
	 */
	public function insertIgnoreConflict(string $table, array $values): int {
		$columns = array_map(static fn (string $column) => '`' . $column . '`', array_keys($values));
		$sql = 'INSERT INTO `' . $this->prefixed($table) . '` (' . implode(', ', $columns) . ') '
			. 'VALUES (' . implode(', ', array_fill(0, count($values), '?')) . ') ON CONFLICT DO NOTHING';
		return $this->executeStatement($sql, array_values($values));
	}

	/**
	 * OC\DB\Adapter::lockTable: a transaction holding the table in EXCLUSIVE mode.
	 */
	public function lockTable($tableName): void {
		$this->beginTransaction();
		$this->executeStatement('LOCK TABLE `' . $this->prefixed($tableName) . '` IN EXCLUSIVE MODE');
	}

	public function unlockTable(): void {
		$this->commit();
	}

	public function getDatabaseProvider(bool $strict = false): string {
		return self::PLATFORM_POSTGRES;
	}

	/**
	 * AdapterPgSql::fixupStatement.
	 */
	protected function fixupStatement(string $sql): string {
		$sql = str_replace('`', '"', $sql);
		return str_ireplace('UNIX_TIMESTAMP()', 'cast(extract(epoch from current_timestamp) as integer)', $sql);
	}

	protected function initSession(): void {
	}
}
