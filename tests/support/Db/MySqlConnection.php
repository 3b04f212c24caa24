<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

/**
 * Nextcloud's connection on MySQL/MariaDB (OC\DB\AdapterMySQL), through pdo_mysql, with
 * the table options Nextcloud's ConnectionFactory gives new tables when "mysql.utf8mb4"
 * is on (utf8mb4, binary collation).
 */
final class MySqlConnection extends DoctrineConnection {
	/**
	 * @param array{host: string, port: int, user: string, password: string, dbname: string} $params
	 */
	public function __construct(array $params) {
		parent::__construct([
			'driver' => 'pdo_mysql',
			'charset' => 'utf8mb4',
			'defaultTableOptions' => ['charset' => 'utf8mb4', 'collate' => 'utf8mb4_bin'],
		] + $params);
	}

	/**
	 * AdapterMySQL::lockTable.
	 */
	public function lockTable($tableName): void {
		$this->executeStatement('LOCK TABLES `' . $this->prefixed($tableName) . '` WRITE');
	}

	public function unlockTable(): void {
		$this->executeStatement('UNLOCK TABLES');
	}

	/**
	 * OC\DB\Connection::getDatabaseProvider: MariaDB is told apart only when asked strictly.
	 */
	public function getDatabaseProvider(bool $strict = false): string {
		if ($strict && str_contains(strtolower((string)$this->call(fn () => $this->getInner()->fetchOne('SELECT VERSION()'))), 'mariadb')) {
			return self::PLATFORM_MARIADB;
		}
		return self::PLATFORM_MYSQL;
	}

	/**
	 * OC\DB\Adapter::fixupStatement: MySQL reads backtick quoting as it is.
	 */
	protected function fixupStatement(string $sql): string {
		return $sql;
	}

	/**
	 * Nextcloud's ConnectionFactory sets this for MySQL sessions.
	 */
	protected function initSession(): void {
		$this->getInner()->executeStatement('SET SESSION AUTOCOMMIT=1');
	}
}
