<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Db;

use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Tests\Support\Db\DoctrineConnection;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

/**
 * The queries every waiting recipient's poll and every open Sharing tab run must not read
 * the whole request table: on PostgreSQL (the database matrix) with a few thousand records,
 * none of them may scan the table sequentially, so their cost stays flat as records grow.
 * PostgreSQL's backend statistics (pg_stat_xact_user_tables, which in 15 also hold what the
 * session has not flushed yet: hence before and after) count the scans.
 */
class RequestQueryPlanTest extends TestCase {
	private const NOW = 1_800_000_000;
	private const RECORDS = 2000;

	private DoctrineConnection $db;
	private VerificationRequestMapper $mapper;

	protected function setUp(): void {
		parent::setUp();
		if (TestDatabase::engine() !== 'pgsql') {
			$this->markTestSkipped('counts PostgreSQL\'s table scans: runs in the database matrix (tests/db/run-matrix.sh)');
		}
		$this->db = TestDatabase::connect();
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new VerificationRequestMapper($this->db);
		$this->db->beginTransaction();
		for ($i = 0; $i < self::RECORDS; $i++) {
			$this->mapper->insert($this->request($i));
		}
		$this->db->commit();
		$this->db->executeStatement('ANALYZE `*PREFIX*' . VerificationRequestMapper::TABLE . '`');
	}

	public function testTheRecipientsPollFindsItsRequestByIndex(): void {
		$this->assertNoSequentialScan(fn () => $this->assertNotNull($this->mapper->find($this->requestId(1234))));
	}

	public function testTheSharingTabReadsAFilesRecordsByIndex(): void {
		$this->assertNoSequentialScan(fn () => $this->assertCount(10, $this->mapper->findByFileId(1017, 10)));
	}

	public function testCountingAShareOpenRequestsUsesAnIndex(): void {
		$this->assertNoSequentialScan(fn () => $this->assertSame(5, $this->mapper->countOpen(17, self::NOW)));
	}

	public function testTheCountCanFail(): void {
		$this->db->beginTransaction();
		try {
			$before = $this->sequentialScans();
			$this->db->executeQuery('SELECT COUNT(*) FROM `*PREFIX*' . VerificationRequestMapper::TABLE . '` WHERE `requester_name` = ?', ['nobody'])->closeCursor();
			$this->assertGreaterThan($before, $this->sequentialScans(), 'a query on an unindexed column scans the table');
		} finally {
			$this->db->rollBack();
		}
	}

	private function assertNoSequentialScan(\Closure $queries): void {
		$this->db->beginTransaction();
		try {
			$before = $this->sequentialScans();
			$queries();
			$this->assertSame($before, $this->sequentialScans());
		} finally {
			$this->db->rollBack();
		}
	}

	private function sequentialScans(): int {
		$result = $this->db->executeQuery(
			'SELECT `seq_scan` FROM `pg_stat_xact_user_tables` WHERE `relname` = ?',
			['oc_' . VerificationRequestMapper::TABLE],
		);
		$scans = (int)$result->fetchOne();
		$result->closeCursor();
		return $scans;
	}

	private function requestId(int $i): string {
		return str_pad(dechex($i), 32, '0', STR_PAD_LEFT);
	}

	/**
	 * Records spread over 200 shares of 200 files, 10 each, half of them finished.
	 */
	private function request(int $i): VerificationRequest {
		return new VerificationRequest(
			$this->requestId($i),
			str_repeat('1', 64),
			str_repeat('2', 64),
			'012345',
			$i < self::RECORDS / 2 ? VerificationRequestStatus::Used : VerificationRequestStatus::Requested,
			VerificationMode::Approve,
			self::NOW - 60 - $i,
			self::NOW + 840,
			$i % 200,
			'DemoContract001',
			'Contract.pdf',
			'Carol',
			null,
			1000 + $i % 200,
			'alice',
			'alice',
		);
	}
}
