<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

/**
 * The database the database-dependent PHPUnit tests run on, chosen by VV_TEST_DB:
 * "sqlite" (the default, a private in-memory database), "pgsql" or "mysql". For the
 * servers, VV_TEST_DB_HOST, _PORT, _USER, _PASSWORD and _NAME say where to connect
 * (tests/db/run-matrix.sh starts throw-away servers and sets them).
 *
 * Every connect() hands out an empty database: the tables of the previous test (all
 * carrying the "oc_" prefix) are dropped first, so tests stay independent on a server.
 */
final class TestDatabase {
	public const ENGINES = ['sqlite', 'pgsql', 'mysql'];

	public static function engine(): string {
		$engine = getenv('VV_TEST_DB') ?: 'sqlite';
		if (!in_array($engine, self::ENGINES, true)) {
			throw new \InvalidArgumentException('VV_TEST_DB must be one of ' . implode(', ', self::ENGINES) . ', not "' . $engine . '"');
		}
		return $engine;
	}

	public static function connect(): DoctrineConnection {
		$engine = self::engine();
		if ($engine === 'sqlite') {
			return new SqliteConnection(':memory:');
		}
		$params = [
			'host' => self::setting('HOST'),
			'port' => (int)self::setting('PORT'),
			'user' => self::setting('USER'),
			'password' => getenv('VV_TEST_DB_PASSWORD') ?: '',
			'dbname' => self::setting('NAME'),
		];
		$connection = $engine === 'pgsql' ? new PostgreSqlConnection($params) : new MySqlConnection($params);
		self::dropPrefixedTables($connection);
		return $connection;
	}

	private static function setting(string $name): string {
		$value = getenv('VV_TEST_DB_' . $name);
		if ($value === false || $value === '') {
			throw new \RuntimeException('VV_TEST_DB=' . self::engine() . ' needs VV_TEST_DB_' . $name . ' (run the tests through tests/db/run-matrix.sh)');
		}
		return $value;
	}

	private static function dropPrefixedTables(DoctrineConnection $connection): void {
		$manager = $connection->getInner()->createSchemaManager();
		$tables = array_filter(
			$manager->listTableNames(),
			static fn (string $name): bool => str_starts_with($name, DoctrineConnection::TABLE_PREFIX),
		);
		if ($connection instanceof MySqlConnection) {
			$connection->getInner()->executeStatement('SET FOREIGN_KEY_CHECKS = 0');
		}
		foreach ($tables as $table) {
			$connection->getInner()->executeStatement('DROP TABLE ' . $connection->getInner()->quoteIdentifier($table) . ($connection instanceof PostgreSqlConnection ? ' CASCADE' : ''));
		}
		if ($connection instanceof MySqlConnection) {
			$connection->getInner()->executeStatement('SET FOREIGN_KEY_CHECKS = 1');
		}
	}
}
