<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Support;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\DBAL\Schema\Table;
use OCA\VideoVerification\Tests\Support\Db\SchemaRules;
use PHPUnit\Framework\TestCase;

/**
 * The checks Nextcloud's MigrationService runs on every migration (ensureOracleConstraints,
 * ensureUniqueNamesConstraints), which the migration tests apply on every engine.
 */
class SchemaRulesTest extends TestCase {
	public function testAcceptsATableWithinTheLimits(): void {
		$target = new Schema();
		$this->table($target, 'oc_vv_probe', 'vv_probe_label');

		SchemaRules::assertValid(new Schema(), $target, 'oc_');
		$this->addToAssertionCount(1);
	}

	public function testRejectsAnIndexNameLongerThanThirty(): void {
		$target = new Schema();
		$this->table($target, 'oc_vv_probe', 'vv_probe_label_and_something_xy');

		$this->expectExceptionMessage('Index name "oc_vv_probe"."vv_probe_label_and_something_xy" is too long.');
		SchemaRules::assertValid(new Schema(), $target, 'oc_');
	}

	public function testRejectsATableNameLongerThanTwentySevenWithoutPrefix(): void {
		$target = new Schema();
		$this->table($target, 'oc_vv_a_table_name_that_is_long', 'vv_short');

		$this->expectExceptionMessage('Table name "oc_vv_a_table_name_that_is_long" is too long.');
		SchemaRules::assertValid(new Schema(), $target, 'oc_');
	}

	public function testRejectsAnIndexNameUsedByTwoTables(): void {
		$target = new Schema();
		$this->table($target, 'oc_vv_one', 'vv_label');
		$this->table($target, 'oc_vv_two', 'vv_label');

		$this->expectExceptionMessage('Index name "vv_label" for table "oc_vv_two" collides with the constraint on table "oc_vv_one".');
		SchemaRules::assertValid(new Schema(), $target, 'oc_');
	}

	private function table(Schema $schema, string $name, string $indexName): Table {
		$table = $schema->createTable($name);
		$table->addColumn('id', 'bigint', ['autoincrement' => true, 'notnull' => true]);
		$table->addColumn('label', 'string', ['notnull' => true, 'length' => 64]);
		$table->setPrimaryKey(['id']);
		$table->addIndex(['label'], $indexName);
		return $table;
	}
}
