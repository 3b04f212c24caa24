<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Migration\Version1001Date20261128000000;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

class Version1001Date20261128000000Test extends TestCase {
	public function testCreatesTheRequestsTableWithItsIndexes(): void {
		$db = TestDatabase::connect();

		$applied = (new MigrationRunner($db))->migrate();

		$this->assertContains('1001Date20261128000000', $applied);
		$table = $db->createSchema()->getTable('oc_vv_requests');
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertTrue($table->getColumn('id')->getAutoincrement());
		$this->assertSame(['request_id'], $table->getIndex('vv_req_request_id')->getColumns());
		$this->assertTrue($table->getIndex('vv_req_request_id')->isUnique());
		$this->assertSame(['share_id'], $table->getIndex('vv_req_share')->getColumns());
		$this->assertSame(['status', 'expires_at'], $table->getIndex('vv_req_status_exp')->getColumns());
		$this->assertSame(32, $table->getColumn('request_id')->getLength());
		$this->assertSame(64, $table->getColumn('secret_hash')->getLength());
		$this->assertSame(64, $table->getColumn('session_hash')->getLength());
		$this->assertSame(6, $table->getColumn('code')->getLength());
		$this->assertSame(32, $table->getColumn('share_token')->getLength());
		$this->assertFalse($table->getColumn('requester_email')->getNotnull());
		foreach (['created_at', 'expires_at', 'share_id'] as $column) {
			$this->assertSame('bigint', $table->getColumn($column)->getType()->getName(), $column);
		}
	}

	public function testLeavesAnExistingTableAlone(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();
		$db->executeStatement('INSERT INTO `*PREFIX*vv_requests` (`request_id`, `secret_hash`, `session_hash`, `code`, `status`, `mode`, `created_at`, `expires_at`, `share_id`, `share_token`, `file_name`, `requester_name`) VALUES (\'r\', \'s\', \'h\', \'123456\', \'pending\', \'approve\', 1, 2, 3, \'t\', \'f\', \'n\')');

		(new MigrationRunner($db))->apply(new Version1001Date20261128000000());

		$this->assertSame(1, (int)$db->executeQuery('SELECT COUNT(*) FROM `*PREFIX*vv_requests`')->fetchOne());
	}
}
