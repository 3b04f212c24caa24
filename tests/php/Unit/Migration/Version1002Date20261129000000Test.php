<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Migration\Version1002Date20261129000000;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

class Version1002Date20261129000000Test extends TestCase {
	private const ROW = 'INSERT INTO `*PREFIX*vv_requests` (`request_id`, `secret_hash`, `session_hash`, `code`, `status`, `mode`, `created_at`, `expires_at`, `share_id`, `share_token`, `file_name`, `requester_name`) VALUES (?, \'s\', \'h\', \'123456\', ?, \'approve\', 1, 2, 3, \'t\', \'f\', \'n\')';

	public function testAddsTheRecordColumnsAndRenamesPendingToRequested(): void {
		$db = TestDatabase::connect();
		$runner = new MigrationRunner($db);
		foreach ($runner->availableVersions() as $version => $class) {
			if ($version === '1002Date20261129000000') {
				break;
			}
			$runner->apply(new $class());
		}
		$db->executeStatement(self::ROW, ['pending1', 'pending']);
		$db->executeStatement(self::ROW, ['cancelled1', 'cancelled']);

		$runner->apply(new Version1002Date20261129000000($db));

		$statuses = $db->executeQuery('SELECT `request_id`, `status`, `file_id`, `decided_at` FROM `*PREFIX*vv_requests` ORDER BY `id`')->fetchAllAssociative();
		$this->assertSame(['pending1', 'cancelled1'], array_column($statuses, 'request_id'));
		$this->assertSame(['requested', 'cancelled'], array_column($statuses, 'status'));
		$this->assertSame([0, 0], array_map('intval', array_column($statuses, 'file_id')));
		$this->assertSame([null, null], array_column($statuses, 'decided_at'));
		$table = $db->createSchema()->getTable('oc_vv_requests');
		foreach (['answered_at', 'decided_at', 'first_used_at', 'share_deleted_at'] as $column) {
			$this->assertSame('bigint', $table->getColumn($column)->getType()->getName(), $column);
			$this->assertFalse($table->getColumn($column)->getNotnull(), $column);
		}
		foreach (['decided_by', 'share_owner', 'shared_by'] as $column) {
			$this->assertSame(64, $table->getColumn($column)->getLength(), $column);
		}
		$this->assertSame('text', $table->getColumn('checklist')->getType()->getName());
		$this->assertSame(16, $table->getColumn('released_by')->getLength());
		$this->assertSame(['file_id', 'created_at'], $table->getIndex('vv_req_file')->getColumns());
	}

	public function testRunningItAgainChangesNothing(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();
		$db->executeStatement(self::ROW, ['r1', 'requested']);

		$step = new Version1002Date20261129000000($db);
		(new MigrationRunner($db))->apply($step);

		$this->assertSame('requested', $db->executeQuery('SELECT `status` FROM `*PREFIX*vv_requests`')->fetchOne());
	}
}
