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
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\DB\Exception;
use PHPUnit\Framework\TestCase;

class VerificationRequestMapperTest extends TestCase {
	private const NOW = 1_800_000_000;

	private SqliteConnection $db;
	private VerificationRequestMapper $mapper;

	protected function setUp(): void {
		parent::setUp();
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new VerificationRequestMapper($this->db);
	}

	public function testInsertsAndFindsARequest(): void {
		$request = $this->request('a', email: 'carol@example.com', name: "Zo\u{00E9} <b>");

		$this->mapper->insert($request);

		$this->assertEquals($request, $this->mapper->find(str_repeat('a', 32)));
	}

	public function testALinkShareRequestHasNoEmail(): void {
		$this->mapper->insert($this->request('a'));

		$this->assertNull($this->mapper->find(str_repeat('a', 32))?->requesterEmail);
	}

	public function testFindsNothingForAnUnknownId(): void {
		$this->mapper->insert($this->request('a'));

		$this->assertNull($this->mapper->find(str_repeat('b', 32)));
		$this->assertNull($this->mapper->find(strtoupper(str_repeat('a', 32))), 'request ids are case-sensitive');
	}

	public function testRequestIdsAreUnique(): void {
		$this->mapper->insert($this->request('a'));

		$this->expectException(Exception::class);
		$this->mapper->insert($this->request('a'));
	}

	public function testCountsOnlyPendingUnexpiredRequestsOfTheShare(): void {
		$this->mapper->insert($this->request('a'));
		$this->mapper->insert($this->request('b', expiresAt: self::NOW + 1));
		$this->mapper->insert($this->request('c', expiresAt: self::NOW));
		$this->mapper->insert($this->request('d', status: VerificationRequestStatus::Cancelled));
		$this->mapper->insert($this->request('e', shareId: 8));

		$this->assertSame(2, $this->mapper->countOpen(7, self::NOW));
		$this->assertSame(1, $this->mapper->countOpen(8, self::NOW));
		$this->assertSame(0, $this->mapper->countOpen(9, self::NOW));
	}

	public function testTransitionChangesOnlyARowInTheExpectedStatus(): void {
		$this->mapper->insert($this->request('a'));
		$this->mapper->insert($this->request('b'));
		$id = str_repeat('a', 32);

		$this->assertTrue($this->mapper->transition($id, VerificationRequestStatus::Pending, VerificationRequestStatus::Cancelled));
		$this->assertFalse($this->mapper->transition($id, VerificationRequestStatus::Pending, VerificationRequestStatus::Cancelled));

		$this->assertSame(VerificationRequestStatus::Cancelled, $this->mapper->find($id)?->status);
		$this->assertSame(VerificationRequestStatus::Pending, $this->mapper->find(str_repeat('b', 32))?->status);
	}

	public function testARowWithAStatusWeNeverWriteReadsAsAbsent(): void {
		$this->mapper->insert($this->request('a'));
		$this->db->executeStatement('UPDATE `*PREFIX*vv_requests` SET `status` = ?', ['lost']);

		$this->assertNull($this->mapper->find(str_repeat('a', 32)));
	}

	public function testStatusAtReadsAPendingRequestPastItsExpiryAsExpired(): void {
		$request = $this->request('a', expiresAt: self::NOW + 10);

		$this->assertSame(VerificationRequestStatus::Pending, $request->statusAt(self::NOW + 9));
		$this->assertSame(VerificationRequestStatus::Expired, $request->statusAt(self::NOW + 10));
		$this->assertSame(VerificationRequestStatus::Cancelled, $request->withStatus(VerificationRequestStatus::Cancelled)->statusAt(self::NOW + 10));
	}

	public function testDatabaseErrorsSurfaceAsOcpExceptions(): void {
		$this->db->dropTable(VerificationRequestMapper::TABLE);

		$this->expectException(Exception::class);
		$this->mapper->find(str_repeat('a', 32));
	}

	private function request(
		string $letter,
		int $shareId = 7,
		?int $expiresAt = null,
		VerificationRequestStatus $status = VerificationRequestStatus::Pending,
		?string $email = null,
		string $name = 'Carol',
	): VerificationRequest {
		return new VerificationRequest(
			str_repeat($letter, 32),
			str_repeat('1', 64),
			str_repeat('2', 64),
			'012345',
			$status,
			VerificationMode::Approve,
			self::NOW - 60,
			$expiresAt ?? self::NOW + 840,
			$shareId,
			'DemoContract001',
			'Contract.pdf',
			$name,
			$email,
		);
	}
}
