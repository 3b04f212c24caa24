<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Migration\Version1003Date20261130000000;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

class Version1003Date20261130000000Test extends TestCase {
	private const ROW = 'INSERT INTO `*PREFIX*vv_requests` (`request_id`, `secret_hash`, `session_hash`, `code`, `status`, `mode`, `created_at`, `expires_at`, `share_id`, `share_token`, `file_name`, `requester_name`) VALUES (?, \'s\', \'h\', \'123456\', \'cancelled\', \'approve\', 1, 2, 3, \'t\', \'f\', \'n\')';

	public function testAddsNullableCallbackColumnsAndKeepsTheRows(): void {
		$db = TestDatabase::connect();
		$runner = new MigrationRunner($db);
		foreach ($runner->availableVersions() as $version => $class) {
			if ($version === '1003Date20261130000000') {
				break;
			}
			$runner->apply(str_starts_with($version, '1002') ? new $class($db) : new $class());
		}
		$db->executeStatement(self::ROW, ['before']);

		$runner->apply(new Version1003Date20261130000000());

		$rows = $db->executeQuery('SELECT `request_id`, `callback_requested_at`, `callback_message`, `callback_polled_at`, `callback_started_at` FROM `*PREFIX*vv_requests`')->fetchAllAssociative();
		$this->assertSame([['request_id' => 'before', 'callback_requested_at' => null, 'callback_message' => null, 'callback_polled_at' => null, 'callback_started_at' => null]], $rows);
		$table = $db->createSchema()->getTable('oc_vv_requests');
		foreach (['callback_requested_at', 'callback_polled_at', 'callback_started_at'] as $column) {
			$this->assertSame('bigint', $table->getColumn($column)->getType()->getName(), $column);
			$this->assertFalse($table->getColumn($column)->getNotnull(), $column);
		}
		$this->assertSame('text', $table->getColumn('callback_message')->getType()->getName());
	}

	public function testRunningItAgainChangesNothing(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();
		$db->executeStatement(self::ROW, ['r1']);

		(new MigrationRunner($db))->apply(new Version1003Date20261130000000());

		$this->assertSame('r1', $db->executeQuery('SELECT `request_id` FROM `*PREFIX*vv_requests`')->fetchOne());
	}
}
