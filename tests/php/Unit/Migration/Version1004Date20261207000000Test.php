<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Migration\Version1004Date20261207000000;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

class Version1004Date20261207000000Test extends TestCase {
	private const ROW = 'INSERT INTO `*PREFIX*vv_requests` (`request_id`, `secret_hash`, `session_hash`, `code`, `status`, `mode`, `created_at`, `expires_at`, `share_id`, `share_token`, `file_name`, `requester_name`) VALUES (?, \'s\', \'h\', \'123456\', \'requested\', \'approve\', 1, 2, 3, \'t\', \'f\', \'n\')';

	public function testAddsLivenessRoomAndPasswordColumnsAndKeepsTheRows(): void {
		$db = TestDatabase::connect();
		$runner = new MigrationRunner($db);
		foreach ($runner->availableVersions() as $version => $class) {
			if ($version === '1004Date20261207000000') {
				break;
			}
			$runner->apply(str_starts_with($version, '1002') ? new $class($db) : new $class());
		}
		$db->executeStatement(self::ROW, ['before']);

		$runner->apply(new Version1004Date20261207000000());

		$rows = $db->executeQuery('SELECT `request_id`, `last_seen_at`, `talk_room_token`, `wrong_passwords` FROM `*PREFIX*vv_requests`')->fetchAllAssociative();
		$this->assertSame('before', $rows[0]['request_id']);
		$this->assertNull($rows[0]['last_seen_at']);
		$this->assertNull($rows[0]['talk_room_token']);
		$this->assertSame(0, (int)$rows[0]['wrong_passwords']);
		$table = $db->createSchema()->getTable('oc_vv_requests');
		$this->assertFalse($table->getColumn('last_seen_at')->getNotnull());
		$this->assertTrue($table->hasIndex('vv_requests_room'));
	}

	public function testRunningItAgainChangesNothing(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();
		$db->executeStatement(self::ROW, ['r1']);

		(new MigrationRunner($db))->apply(new Version1004Date20261207000000());

		$this->assertSame('r1', $db->executeQuery('SELECT `request_id` FROM `*PREFIX*vv_requests`')->fetchOne());
	}
}
