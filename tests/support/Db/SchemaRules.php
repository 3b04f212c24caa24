<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Schema\Index;
use Doctrine\DBAL\Schema\Schema;
use Doctrine\DBAL\Schema\Table;
use Doctrine\DBAL\Types\Types;

/**
 * The rules Nextcloud's MigrationService (ensureOracleConstraints) applies to a changed
 * schema before it runs a migration on any database, so that it also runs on Oracle.
 * Only what the step adds is checked, as upstream.
 */
final class SchemaRules {
	private const MAX_NAME_LENGTH = 30;
	private const MAX_TABLE_NAME_LENGTH_WITHOUT_PREFIX = 27;
	private const MAX_TABLE_NAME_LENGTH_FOR_DEFAULT_PRIMARY_KEY = 23;
	private const MAX_STRING_LENGTH = 4000;

	/**
	 * @throws \InvalidArgumentException naming the first rule broken
	 */
	public static function assertValid(Schema $source, Schema $target, string $prefix): void {
		foreach ($target->getTables() as $table) {
			$sourceTable = $source->hasTable($table->getName()) ? $source->getTable($table->getName()) : null;
			self::checkTable($table, $sourceTable, strlen($prefix));
		}
		self::checkUniqueNames($target);
	}

	/**
	 * MigrationService::ensureUniqueNamesConstraints as on installation (where it throws):
	 * index, foreign key and named primary key names are unique across the schema, because
	 * PostgreSQL keeps them in one namespace per schema.
	 */
	private static function checkUniqueNames(Schema $target): void {
		$owners = [];
		foreach ($target->getTables() as $table) {
			$names = [];
			foreach ($table->getIndexes() as $index) {
				if (!$index->isPrimary() && strtolower($index->getName()) !== 'primary') {
					$names[] = $index->getName();
				}
			}
			foreach ($table->getForeignKeys() as $foreignKey) {
				$names[] = $foreignKey->getName();
			}
			foreach ($names as $name) {
				if (isset($owners[$name])) {
					throw new \InvalidArgumentException('Index name "' . $name . '" for table "' . $table->getName() . '" collides with the constraint on table "' . $owners[$name] . '".');
				}
				$owners[$name] = $table->getName();
			}
		}
	}

	private static function checkTable(Table $table, ?Table $sourceTable, int $prefixLength): void {
		$name = $table->getName();
		if ($sourceTable === null && strlen($name) - $prefixLength > self::MAX_TABLE_NAME_LENGTH_WITHOUT_PREFIX) {
			throw new \InvalidArgumentException('Table name "' . $name . '" is too long.');
		}

		foreach ($table->getColumns() as $column) {
			$isNew = $sourceTable === null || !$sourceTable->hasColumn($column->getName());
			if (!$isNew) {
				continue;
			}
			if (strlen($column->getName()) > self::MAX_NAME_LENGTH) {
				throw new \InvalidArgumentException('Column name "' . $name . '"."' . $column->getName() . '" is too long.');
			}
			if ($column->getNotnull() && $column->getDefault() === '') {
				throw new \InvalidArgumentException('Column "' . $name . '"."' . $column->getName() . '" can not be NotNull and have empty default value.');
			}
			$type = $column->getType()->getName();
			if ($column->getNotnull() && $type === Types::BOOLEAN) {
				throw new \InvalidArgumentException('Column "' . $name . '"."' . $column->getName() . '" is type Bool and also NotNull, so it can not store "false".');
			}
			if ($type === Types::STRING && $column->getLength() > self::MAX_STRING_LENGTH) {
				throw new \InvalidArgumentException('Column "' . $name . '"."' . $column->getName() . '" is type String, but exceeding the 4.000 length limit.');
			}
		}

		foreach ($table->getIndexes() as $index) {
			$isNew = $sourceTable === null || !$sourceTable->hasIndex($index->getName());
			if ($isNew && !$index->isPrimary() && strlen($index->getName()) > self::MAX_NAME_LENGTH) {
				throw new \InvalidArgumentException('Index name "' . $name . '"."' . $index->getName() . '" is too long.');
			}
		}

		foreach ($table->getForeignKeys() as $foreignKey) {
			if (strlen($foreignKey->getName()) > self::MAX_NAME_LENGTH) {
				throw new \InvalidArgumentException('Foreign key name "' . $name . '"."' . $foreignKey->getName() . '" is too long.');
			}
		}

		$primaryKey = $table->getPrimaryKey();
		if ($primaryKey instanceof Index && ($sourceTable === null || !$sourceTable->hasPrimaryKey())) {
			$isDefaultName = strtolower($primaryKey->getName()) === 'primary';
			if (!$isDefaultName && strlen($primaryKey->getName()) > self::MAX_NAME_LENGTH) {
				throw new \InvalidArgumentException('Primary index name on "' . $name . '" is too long.');
			}
			if ($isDefaultName && strlen($name) - $prefixLength >= self::MAX_TABLE_NAME_LENGTH_FOR_DEFAULT_PRIMARY_KEY) {
				throw new \InvalidArgumentException('Primary index name on "' . $name . '" is too long.');
			}
		} elseif ($primaryKey === null && $sourceTable === null) {
			throw new \InvalidArgumentException('Table "' . $name . '" has no primary key and therefor will not behave sane in clustered setups.');
		}
	}
}
