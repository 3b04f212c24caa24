<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Migration;

use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Migration\Version1005Date20261207000000;
use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

class Version1005Date20261207000000Test extends TestCase {
	private const ROW = 'INSERT INTO `*PREFIX*vv_requests` (`request_id`, `secret_hash`, `session_hash`, `code`, `status`, `mode`, `created_at`, `expires_at`, `share_id`, `share_token`, `file_name`, `requester_name`) VALUES (?, \'s\', \'h\', \'123456\', ?, \'approve\', 1, 2, 3, \'t\', \'f\', \'n\')';

	public function testSealsTheRecordsThatWereAlreadyFinalInRowOrderAndCreatesTheGrantsTable(): void {
		$db = TestDatabase::connect();
		$runner = new MigrationRunner($db);
		foreach ($runner->availableVersions() as $version => $class) {
			if ($version === '1005Date20261207000000') {
				break;
			}
			$runner->apply(new $class($db));
		}
		$db->executeStatement(self::ROW, ['used1', 'used']);
		$db->executeStatement(self::ROW, ['open1', 'ringing']);
		$db->executeStatement(self::ROW, ['declined1', 'declined']);

		$runner->apply(new Version1005Date20261207000000($db));

		$rows = $db->executeQuery('SELECT `request_id`, `chain_seq`, `record_hash` FROM `*PREFIX*vv_requests` ORDER BY `id`')->fetchAllAssociative();
		$this->assertSame(['1', null, '2'], array_map(static fn (array $row): ?string => $row['chain_seq'] === null ? null : (string)$row['chain_seq'], $rows));
		$this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', (string)$rows[2]['record_hash']);
		$result = (new RecordChainVerifier(new RecordChainMapper($db)))->verify();
		$this->assertTrue($result->isValid(), $result->describe());
		$this->assertSame([2, $rows[2]['record_hash']], [$result->checked, $result->headHash]);
		$this->assertTrue($db->tableExists('vv_grants'));
		$this->assertSame(['share_id', 'ended_at'], $db->createSchema()->getTable('oc_vv_grants')->getIndex('vv_grant_share')->getColumns());
	}

	public function testRunningItAgainChangesNothing(): void {
		$db = TestDatabase::connect();
		(new MigrationRunner($db))->migrate();
		$db->executeStatement(self::ROW, ['used1', 'used']);
		(new Version1005Date20261207000000($db))->postSchemaChange(new \OCA\VideoVerification\Tests\Support\Db\BufferedOutput(), static fn () => null, []);
		$before = $db->executeQuery('SELECT * FROM `*PREFIX*vv_record_chain` ORDER BY `name`')->fetchAllAssociative();

		(new MigrationRunner($db))->apply(new Version1005Date20261207000000($db));

		$this->assertSame($before, $db->executeQuery('SELECT * FROM `*PREFIX*vv_record_chain` ORDER BY `name`')->fetchAllAssociative());
		$this->assertSame('1', (string)$db->executeQuery('SELECT `chain_seq` FROM `*PREFIX*vv_requests`')->fetchOne());
	}
}
