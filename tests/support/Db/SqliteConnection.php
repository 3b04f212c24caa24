<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

/**
 * Nextcloud's connection on SQLite. Like its SQLite adapter it turns backtick quoting
 * into SQLite's, makes LIKE case-sensitive and provides md5(). Pass ':memory:' for a
 * private in-memory database, or a file path (created when missing) that several
 * processes may share.
 */
final class SqliteConnection extends DoctrineConnection {
	public function __construct(string $path) {
		parent::__construct($path === ':memory:'
			? ['driver' => 'pdo_sqlite', 'memory' => true]
			: ['driver' => 'pdo_sqlite', 'path' => $path]);
	}

	/**
	 * AdapterSqlite::insertIgnoreConflict.
	 */
	public function insertIgnoreConflict(string $table, array $values): int {
		$columns = array_map(static fn (string $column) => '`' . $column . '`', array_keys($values));
		$sql = 'INSERT OR IGNORE INTO `' . $this->prefixed($table) . '` (' . implode(', ', $columns) . ') '
			. 'VALUES (' . implode(', ', array_fill(0, count($values), '?')) . ')';
		return $this->executeStatement($sql, array_values($values));
	}

	public function lockTable($tableName): void {
		$this->executeStatement('BEGIN EXCLUSIVE TRANSACTION');
	}

	public function unlockTable(): void {
		$this->executeStatement('COMMIT TRANSACTION');
	}

	/**
	 * SQLite has no flavours to tell apart, $strict or not.
	 */
	public function getDatabaseProvider(bool $strict = false): string {
		return self::PLATFORM_SQLITE;
	}

	/**
	 * AdapterSqlite::fixupStatement.
	 */
	protected function fixupStatement(string $sql): string {
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
	protected function initSession(): void {
		$inner = $this->getInner();
		$inner->executeStatement('PRAGMA case_sensitive_like = true');
		$inner->executeStatement('PRAGMA busy_timeout = 5000');
		$pdo = $inner->getNativeConnection();
		if ($pdo instanceof \PDO) {
			$pdo->sqliteCreateFunction('md5', 'md5', 1);
		}
	}
}
