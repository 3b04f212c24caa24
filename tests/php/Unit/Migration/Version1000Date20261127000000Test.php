<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Migration\Version1000Date20261127000000;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use OCP\DB\ISchemaWrapper;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;
use PHPUnit\Framework\TestCase;

class Version1000Date20261127000000Test extends TestCase {
	public function testCreatesTheSettingsTable(): void {
		$db = TestDatabase::connect();

		$applied = (new MigrationRunner($db))->migrate();

		$this->assertContains('1000Date20261127000000', $applied);
		$this->assertTrue($db->tableExists('vv_share_settings'));
		$table = $db->createSchema()->getTable('oc_vv_share_settings');
		$this->assertSame(['share_id'], $table->getPrimaryKey()?->getColumns());
		$this->assertSame('bigint', $table->getColumn('share_id')->getType()->getName());
		$this->assertSame(16, $table->getColumn('mode')->getLength());
		$this->assertSame(64, $table->getColumn('enabled_by')->getLength());
		$this->assertSame('bigint', $table->getColumn('enabled_at')->getType()->getName());
		$this->assertSame('boolean', $table->getColumn('password_generated')->getType()->getName());
		$this->assertFalse($table->getColumn('password_generated')->getNotnull(), 'Oracle cannot store false in a NOT NULL boolean');
	}

	public function testRunsOnce(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();

		$this->assertSame([], (new MigrationRunner($db))->migrate());
	}

	public function testLeavesAnExistingTableAlone(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();
		$db->executeStatement('INSERT INTO `*PREFIX*vv_share_settings` (`share_id`, `mode`, `enabled_by`, `enabled_at`) VALUES (1, \'approve\', \'alice\', 1)');

		(new MigrationRunner($db))->apply(new Version1000Date20261127000000());

		$this->assertSame(1, (int)$db->executeQuery('SELECT COUNT(*) FROM `*PREFIX*vv_share_settings`')->fetchOne());
	}

	public function testTheRunnerRejectsWhatNextcloudWouldReject(): void {
		$db = TestDatabase::connect();
		$step = new class extends SimpleMigrationStep {
			public function changeSchema(IOutput $output, \Closure $schemaClosure, array $options): ?ISchemaWrapper {
				$schema = $schemaClosure();
				$table = $schema->createTable('bad_flags');
				$table->addColumn('id', 'bigint');
				$table->addColumn('flag', 'boolean', ['notnull' => true, 'default' => false]);
				$table->setPrimaryKey(['id']);
				return $schema;
			}
		};

		try {
			(new MigrationRunner($db))->apply($step);
			$this->fail('a NOT NULL boolean was accepted');
		} catch (\InvalidArgumentException $e) {
			$this->assertStringContainsString('NotNull', $e->getMessage());
		}
		$this->assertFalse($db->tableExists('bad_flags'));
	}
}
