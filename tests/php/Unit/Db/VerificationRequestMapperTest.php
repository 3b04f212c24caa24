<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Db;

use OCA\VideoVerification\Db\Checklist;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\DoctrineConnection;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use OCP\DB\Exception;
use PHPUnit\Framework\TestCase;

class VerificationRequestMapperTest extends TestCase {
	private const NOW = 1_800_000_000;

	private DoctrineConnection $db;
	private VerificationRequestMapper $mapper;

	protected function setUp(): void {
		parent::setUp();
		$this->db = TestDatabase::connect();
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

	public function testCountsOnlyOpenUnexpiredRequestsOfTheShare(): void {
		$this->mapper->insert($this->request('a'));
		$this->mapper->insert($this->request('b', expiresAt: self::NOW + 1));
		$this->mapper->insert($this->request('c', expiresAt: self::NOW));
		$this->mapper->insert($this->request('d', status: VerificationRequestStatus::Cancelled));
		$this->mapper->insert($this->request('e', shareId: 8));
		$this->mapper->insert($this->request('f', status: VerificationRequestStatus::Ringing));
		foreach (['g' => VerificationRequestStatus::Approved, 'h' => VerificationRequestStatus::Used, 'i' => VerificationRequestStatus::Declined, 'j' => VerificationRequestStatus::Expired] as $letter => $status) {
			$this->mapper->insert($this->request($letter, status: $status));
		}

		$this->assertSame(3, $this->mapper->countOpen(7, self::NOW));
		$this->assertSame(1, $this->mapper->countOpen(8, self::NOW));
		$this->assertSame(0, $this->mapper->countOpen(9, self::NOW));
	}

	public function testUpdateChangesOnlyARowInAnExpectedStatus(): void {
		$request = $this->request('a');
		$this->mapper->insert($request);
		$this->mapper->insert($this->request('b'));
		$id = str_repeat('a', 32);
		$cancelled = $request->withStatus(VerificationRequestStatus::Cancelled);

		$this->assertFalse($this->mapper->update($cancelled, VerificationRequestStatus::Ringing));
		$this->assertTrue($this->mapper->update($cancelled, VerificationRequestStatus::Requested, VerificationRequestStatus::Ringing));
		$this->assertFalse($this->mapper->update($cancelled, VerificationRequestStatus::Requested));

		$this->assertSame(VerificationRequestStatus::Cancelled, $this->mapper->find($id)?->status);
		$this->assertSame(VerificationRequestStatus::Requested, $this->mapper->find(str_repeat('b', 32))?->status);
	}

	public function testTheRecordColumnsRoundTrip(): void {
		$request = $this->request('a');
		$this->mapper->insert($request);
		$recorded = $request->with([
			'status' => VerificationRequestStatus::Used,
			'answeredAt' => self::NOW + 1,
			'decidedAt' => self::NOW + 2,
			'decidedBy' => 'alice',
			'checklist' => new Checklist(true, false, true, "Pass \u{00E9} <ok>"),
			'releasedBy' => ReleaseMethod::Approve,
			'firstUsedAt' => self::NOW + 3,
			'shareDeletedAt' => self::NOW + 4,
		]);

		$this->assertTrue($this->mapper->update($recorded, VerificationRequestStatus::Requested));

		$this->assertEquals($recorded, $this->mapper->find(str_repeat('a', 32)));
		$this->assertSame(100, $recorded->fileId);
	}

	public function testUpdateWritesOnlyTheStateNotWhatTheRequestWasMadeWith(): void {
		$request = $this->request('a');
		$this->mapper->insert($request);

		$this->mapper->update($request->with(['code' => '999999', 'secretHash' => str_repeat('9', 64), 'status' => VerificationRequestStatus::Ringing]), VerificationRequestStatus::Requested);

		$stored = $this->mapper->find(str_repeat('a', 32));
		$this->assertSame('012345', $stored?->code);
		$this->assertSame(str_repeat('1', 64), $stored?->secretHash);
		$this->assertSame(VerificationRequestStatus::Ringing, $stored?->status);
	}

	public function testFindsTheRecordsOfAFileNewestFirstUpToTheLimit(): void {
		$this->mapper->insert($this->request('a', createdAt: self::NOW - 30));
		$this->mapper->insert($this->request('b', createdAt: self::NOW - 10));
		$this->mapper->insert($this->request('c', createdAt: self::NOW - 20));
		$this->mapper->insert($this->request('d', fileId: 101));

		$ids = fn (array $requests): array => array_map(static fn (VerificationRequest $r): string => $r->requestId[0], $requests);
		$this->assertSame(['b', 'c', 'a'], $ids($this->mapper->findByFileId(100, 100)));
		$this->assertSame(['b', 'c'], $ids($this->mapper->findByFileId(100, 2)));
		$this->assertSame(['d'], $ids($this->mapper->findByFileId(101, 100)));
		$this->assertSame([], $this->mapper->findByFileId(102, 100));
		$this->assertSame(['a', 'b', 'c', 'd'], $ids($this->mapper->findByShareId(7)));
	}

	public function testARowWithAStatusWeNeverWriteReadsAsAbsent(): void {
		$this->mapper->insert($this->request('a'));
		$this->db->executeStatement('UPDATE `*PREFIX*vv_requests` SET `status` = ?', ['lost']);

		$this->assertNull($this->mapper->find(str_repeat('a', 32)));
	}

	public function testStatusAtReadsAnOpenRequestPastItsExpiryAsExpired(): void {
		$request = $this->request('a', expiresAt: self::NOW + 10);

		$this->assertSame(VerificationRequestStatus::Requested, $request->statusAt(self::NOW + 9));
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
		VerificationRequestStatus $status = VerificationRequestStatus::Requested,
		?string $email = null,
		string $name = 'Carol',
		int $createdAt = self::NOW - 60,
		int $fileId = 100,
	): VerificationRequest {
		return new VerificationRequest(
			str_repeat($letter, 32),
			str_repeat('1', 64),
			str_repeat('2', 64),
			'012345',
			$status,
			VerificationMode::Approve,
			$createdAt,
			$expiresAt ?? self::NOW + 840,
			$shareId,
			'DemoContract001',
			'Contract.pdf',
			$name,
			$email,
			$fileId,
			'alice',
			'alice',
		);
	}
}
