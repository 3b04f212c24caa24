<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Migration\Version1006Date20261207000000;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use PHPUnit\Framework\TestCase;

class Version1006Date20261207000000Test extends TestCase {
	private const ROW = 'INSERT INTO `*PREFIX*vv_requests` (`request_id`, `secret_hash`, `session_hash`, `code`, `status`, `mode`, `created_at`, `expires_at`, `share_id`, `share_token`, `file_name`, `requester_name`) VALUES (?, \'s\', \'h\', \'123456\', \'used\', \'approve\', 1, 2, 3, \'t\', \'f\', \'n\')';

	public function testAddsNullableIdCheckAndMediaColumnsAndKeepsTheRows(): void {
		$db = new SqliteConnection(':memory:');
		$runner = new MigrationRunner($db);
		foreach ($runner->availableVersions() as $version => $class) {
			if ($version === '1006Date20261207000000') {
				break;
			}
			$runner->apply(str_starts_with($version, '1002') || str_starts_with($version, '1005') ? new $class($db) : new $class());
		}
		$db->executeStatement(self::ROW, ['before']);

		$runner->apply(new Version1006Date20261207000000());

		$rows = $db->executeQuery('SELECT `request_id`, `id_check_prompts`, `id_check_step`, `call_media` FROM `*PREFIX*vv_requests`')->fetchAllAssociative();
		$this->assertSame([['request_id' => 'before', 'id_check_prompts' => null, 'id_check_step' => null, 'call_media' => null]], $rows);
		$table = $db->createSchema()->getTable('oc_vv_requests');
		foreach (['id_check_prompts', 'id_check_step', 'call_media'] as $column) {
			$this->assertFalse($table->getColumn($column)->getNotnull(), $column);
		}
	}

	public function testRunningItAgainChangesNothing(): void {
		$db = new SqliteConnection(':memory:');
		(new MigrationRunner($db))->migrate();
		$db->executeStatement(self::ROW, ['r1']);

		(new MigrationRunner($db))->apply(new Version1006Date20261207000000());

		$this->assertSame('r1', $db->executeQuery('SELECT `request_id` FROM `*PREFIX*vv_requests`')->fetchOne());
	}
}
