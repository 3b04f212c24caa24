<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\DBAL\Schema\Table;
use OCP\DB\ISchemaWrapper;

/**
 * The schema a migration step changes (Nextcloud's OC\DB\SchemaWrapper): starts as
 * the database's current schema; table names are given without the prefix.
 */
final class SchemaWrapper implements ISchemaWrapper {
	private Schema $schema;

	public function __construct(
		private DoctrineConnection $connection,
	) {
		$this->schema = $connection->createSchema();
	}

	/**
	 * The Doctrine schema, for the migration runner to compare and apply.
	 */
	public function getWrappedSchema(): Schema {
		return $this->schema;
	}

	public function getTable($tableName) {
		return $this->schema->getTable($this->connection->getPrefix() . $tableName);
	}

	public function hasTable($tableName) {
		return $this->schema->hasTable($this->connection->getPrefix() . $tableName);
	}

	public function createTable($tableName) {
		return $this->schema->createTable($this->connection->getPrefix() . $tableName);
	}

	public function dropTable($tableName) {
		return $this->schema->dropTable($this->connection->getPrefix() . $tableName);
	}

	public function getTables() {
		return $this->schema->getTables();
	}

	public function getTableNames() {
		return array_values(array_map(static fn (Table $table): string => $table->getName(), $this->schema->getTables()));
	}

	public function getTableNamesWithoutPrefix() {
		$prefix = $this->connection->getPrefix();
		return array_values(array_map(
			static fn (string $name): string => str_starts_with($name, $prefix) ? substr($name, strlen($prefix)) : $name,
			$this->getTableNames(),
		));
	}

	public function getDatabasePlatform() {
		return $this->connection->getDatabasePlatform();
	}

	/**
	 * As OC\DB\SchemaWrapper::dropAutoincrementColumn: the column keeps its type and loses
	 * autoincrement (the extra sequence work there is Oracle's only).
	 */
	public function dropAutoincrementColumn(string $table, string $column): void {
		$this->getTable($table)->modifyColumn($column, ['autoincrement' => false]);
	}
}
