<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Records;

use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\RecordChainBrokenException;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Service\Records\ChainVerification;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\DoctrineConnection;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use OCP\Notification\IManager as INotificationManager;
use PHPUnit\Framework\TestCase;

class RecordChainTest extends TestCase {
	private const NOW = 1_800_000_000;
	private const DAY = 86400;

	private DoctrineConnection $db;
	private VerificationRequestMapper $requests;
	private RecordChain $chain;
	private RecordChainVerifier $verifier;

	protected function setUp(): void {
		parent::setUp();
		$this->db = TestDatabase::connect();
		(new MigrationRunner($this->db))->migrate();
		$this->requests = new VerificationRequestMapper($this->db);
		$chainMapper = new RecordChainMapper($this->db);
		$this->chain = new RecordChain($this->db, $chainMapper);
		$this->verifier = new RecordChainVerifier($chainMapper);
	}

	public function testAnEmptyChainIsWhole(): void {
		$result = $this->verifier->verify();

		$this->assertTrue($result->isValid());
		$this->assertSame(0, $result->checked);
		$this->assertSame(RecordChainMapper::GENESIS, $result->headHash);
	}

	public function testARequestThatBecomesFinalIsSealedInOrderAndOpenOnesAreNot(): void {
		$this->finish('a', VerificationRequestStatus::Declined);
		$this->open('b');
		$this->finish('c', VerificationRequestStatus::Cancelled);

		$rows = $this->chainRows();
		$this->assertSame(['a' => 1, 'b' => null, 'c' => 2], array_map(static fn (array $row): ?int => $row['chain_seq'] === null ? null : (int)$row['chain_seq'], $rows));
		$this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', (string)$rows['c']['record_hash']);
		$this->assertNotSame($rows['a']['record_hash'], $rows['c']['record_hash']);
		$result = $this->verifier->verify();
		$this->assertTrue($result->isValid(), $result->describe());
		$this->assertSame(2, $result->checked);
		$this->assertSame($rows['c']['record_hash'], $result->headHash);
	}

	public function testAStateChangeThatLosesItsRaceSealsNothing(): void {
		$this->open('a');
		$request = $this->requests->find(str_repeat('a', 32));
		$this->assertNotNull($request);
		$transitions = $this->transitions();
		$this->assertTrue($transitions->write($request, $request->withStatus(VerificationRequestStatus::Cancelled)));

		$this->assertFalse($transitions->write($request, $request->withStatus(VerificationRequestStatus::Declined)), 'the row is no longer open');

		$this->assertSame('cancelled', $this->chainRows()['a']['status']);
		$this->assertSame(1, $this->verifier->verify()->headSeq);
	}

	public function testAStateChangeAfterTheRecordIsFinalDoesNotResealIt(): void {
		$this->finish('a', VerificationRequestStatus::Used);
		$request = $this->requests->find(str_repeat('a', 32));
		$this->assertNotNull($request);

		$this->assertTrue($this->transitions()->write($request, $request->with(['shareDeletedAt' => self::NOW])));

		$result = $this->verifier->verify();
		$this->assertTrue($result->isValid(), 'the share deletion is not part of the sealed facts: ' . $result->describe());
		$this->assertSame(1, $result->headSeq);
	}

	/**
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function alterations(): array {
		return [
			'requester name' => ['requester_name', "'Mallory'"],
			'who approved' => ['decided_by', "'bob'"],
			'status' => ['status', "'approved'"],
			'checklist' => ['checklist', "'{\"faceMatchesId\":true}'"],
			'decision time' => ['decided_at', '`decided_at` + 1'],
			'its own hash' => ['record_hash', "'" . str_repeat('f', 64) . "'"],
		];
	}

	/**
	 * @dataProvider alterations
	 */
	public function testARecordAlteredInTheDatabaseIsReportedWithItsId(string $column, string $value): void {
		foreach (['a', 'b', 'c', 'd'] as $letter) {
			$this->finish($letter, VerificationRequestStatus::Used);
		}

		$this->db->executeStatement('UPDATE `*PREFIX*vv_requests` SET `' . $column . '` = ' . $value . " WHERE `request_id` = '" . str_repeat('c', 32) . "'");

		$result = $this->verifier->verify();
		$this->assertFalse($result->isValid());
		$this->assertSame(ChainVerification::ALTERED, $result->problem);
		$this->assertSame(str_repeat('c', 32), $result->requestId);
		$this->assertSame(3, $result->seq);
		$this->assertSame(2, $result->checked);
		$this->assertStringContainsString(str_repeat('c', 32), $result->describe());
	}

	public function testARecordDeletedFromTheMiddleIsReportedBeforeTheNextOne(): void {
		foreach (['a', 'b', 'c'] as $letter) {
			$this->finish($letter, VerificationRequestStatus::Declined);
		}

		$this->db->executeStatement("DELETE FROM `*PREFIX*vv_requests` WHERE `request_id` = '" . str_repeat('b', 32) . "'");

		$result = $this->verifier->verify();
		$this->assertSame(ChainVerification::MISSING, $result->problem);
		$this->assertSame(str_repeat('c', 32), $result->requestId);
		$this->assertSame(2, $result->seq);
	}

	public function testTheLastRecordDeletedIsReportedAsAMismatchWithTheHead(): void {
		foreach (['a', 'b'] as $letter) {
			$this->finish($letter, VerificationRequestStatus::Declined);
		}

		$this->db->executeStatement("DELETE FROM `*PREFIX*vv_requests` WHERE `request_id` = '" . str_repeat('b', 32) . "'");

		$result = $this->verifier->verify();
		$this->assertSame(ChainVerification::HEAD_MISMATCH, $result->problem);
		$this->assertSame(str_repeat('a', 32), $result->requestId, 'the last record that matched');
	}

	public function testAFinalRecordTakenOutOfTheChainIsReported(): void {
		$this->finish('a', VerificationRequestStatus::Declined);
		$this->finish('b', VerificationRequestStatus::Declined);
		$this->insert('z', VerificationRequestStatus::Used);

		$result = $this->verifier->verify();
		$this->assertSame(ChainVerification::UNSEALED, $result->problem);
		$this->assertSame(str_repeat('z', 32), $result->requestId);
	}

	public function testRecordsFinalBeforeTheChainExistedAreSealedInRowOrder(): void {
		$this->insert('b', VerificationRequestStatus::Used);
		$this->insert('a', VerificationRequestStatus::Expired);
		$this->open('c');

		$this->assertSame(2, $this->chain->sealUnsealed());

		$rows = $this->chainRows();
		$this->assertSame('1', (string)$rows['b']['chain_seq']);
		$this->assertSame('2', (string)$rows['a']['chain_seq']);
		$this->assertNull($rows['c']['chain_seq']);
		$this->assertTrue($this->verifier->verify()->isValid());
		$this->assertSame(0, $this->chain->sealUnsealed(), 'nothing left to seal');
	}

	public function testRetentionRemovesTheStartOfTheChainAndTheRestStaysVerifiable(): void {
		$cutoff = self::NOW - 30 * self::DAY;
		$this->finish('a', VerificationRequestStatus::Used, createdAt: $cutoff - 10);
		$this->finish('b', VerificationRequestStatus::Declined, createdAt: $cutoff - 5);
		$this->finish('c', VerificationRequestStatus::Used, createdAt: $cutoff);
		// Created before the cutoff but sealed after a newer record: stays until c goes.
		$this->finish('d', VerificationRequestStatus::Expired, createdAt: $cutoff - 1);
		$this->finish('e', VerificationRequestStatus::Used, createdAt: self::NOW);
		$bHash = $this->chainRows()['b']['record_hash'];

		$this->assertSame(2, $this->chain->trimCreatedBefore($cutoff));

		$this->assertSame(['c', 'd', 'e'], array_keys($this->chainRows()));
		$this->assertSame(['seq' => 2, 'hash' => $bHash], (new RecordChainMapper($this->db))->point(RecordChainMapper::ANCHOR));
		$result = $this->verifier->verify();
		$this->assertTrue($result->isValid(), $result->describe());
		$this->assertSame(3, $result->checked);
		$this->assertSame(2, $result->anchorSeq);

		$this->assertSame(0, $this->chain->trimCreatedBefore($cutoff), 'c was created at the cutoff: nothing more to remove');
		$this->finish('f', VerificationRequestStatus::Used, createdAt: self::NOW);
		$this->assertTrue($this->verifier->verify()->isValid(), 'sealing goes on after a trim');
	}

	public function testAnAlteredRecordAfterTheAnchorIsStillReported(): void {
		$cutoff = self::NOW - 30 * self::DAY;
		$this->finish('a', VerificationRequestStatus::Used, createdAt: $cutoff - 10);
		$this->finish('b', VerificationRequestStatus::Used, createdAt: self::NOW);
		$this->chain->trimCreatedBefore($cutoff);

		$this->db->executeStatement("UPDATE `*PREFIX*vv_requests` SET `file_name` = 'Other.pdf' WHERE `request_id` = '" . str_repeat('b', 32) . "'");

		$result = $this->verifier->verify();
		$this->assertSame(ChainVerification::ALTERED, $result->problem);
		$this->assertSame(str_repeat('b', 32), $result->requestId);
	}

	public function testRetentionDoesNotCutOverMissingRecordsAndChangesNothing(): void {
		$cutoff = self::NOW - 30 * self::DAY;
		foreach (['a', 'b', 'c'] as $letter) {
			$this->finish($letter, VerificationRequestStatus::Used, createdAt: $cutoff - 10);
		}
		$this->db->executeStatement("DELETE FROM `*PREFIX*vv_requests` WHERE `request_id` = '" . str_repeat('b', 32) . "'");

		try {
			$this->chain->trimCreatedBefore($cutoff);
			$this->fail('expected RecordChainBrokenException');
		} catch (RecordChainBrokenException $e) {
			$this->assertStringContainsString('between places 1 and 3', $e->getMessage());
		}

		$this->assertSame(['a', 'c'], array_keys($this->chainRows()));
		$this->assertSame(0, (new RecordChainMapper($this->db))->point(RecordChainMapper::ANCHOR)['seq'] ?? null);
		$this->assertFalse($this->db->inTransaction());
	}

	public function testAnEmptiedChainTableStartsAgainAtTheGenesisButNotOverSealedRecords(): void {
		$this->db->executeStatement('DELETE FROM `*PREFIX*vv_record_chain`');
		$this->finish('a', VerificationRequestStatus::Declined);
		$this->assertTrue($this->verifier->verify()->isValid());

		$this->db->executeStatement('DELETE FROM `*PREFIX*vv_record_chain`');
		$this->open('b');
		$request = $this->requests->find(str_repeat('b', 32));
		$this->assertNotNull($request);
		try {
			$this->transitions()->write($request, $request->withStatus(VerificationRequestStatus::Cancelled));
			$this->fail('expected the place of the sealed record a to collide');
		} catch (\OCP\DB\Exception) {
		}
		$this->assertSame('ringing', $this->chainRows()['b']['status'], 'the state change was rolled back with the seal');
		$this->assertSame(ChainVerification::HEAD_MISMATCH, $this->verifier->verify()->problem);
	}

	public function testTwoConnectionsFinishingAtOnceBuildOneChain(): void {
		$path = tempnam(sys_get_temp_dir(), 'vv-chain-');
		try {
			$first = new SqliteConnection($path);
			(new MigrationRunner($first))->migrate();
			$second = new SqliteConnection($path);
			$this->db = $first;
			$this->requests = new VerificationRequestMapper($first);
			foreach (['a', 'b'] as $letter) {
				$this->open($letter);
			}
			$firstChain = new RecordChain($first, new RecordChainMapper($first));
			$secondChain = new RecordChain($second, new RecordChainMapper($second));

			// The first server is inside its transaction (head advanced, lock held) when the second
			// tries to seal: the second must fail or wait, never chain onto the same predecessor.
			$secondError = null;
			$firstChain->finish(str_repeat('a', 32), function () use ($secondChain, &$secondError): bool {
				$this->db->executeStatement("UPDATE `*PREFIX*vv_requests` SET `status` = 'used' WHERE `request_id` = '" . str_repeat('a', 32) . "'");
				try {
					$secondChain->finish(str_repeat('b', 32), static fn (): bool => true);
				} catch (\Throwable $e) {
					$secondError = $e;
				}
				return true;
			});
			$this->assertNotNull($secondError, 'the second server cannot seal while the first holds the head');
			$this->db->executeStatement("UPDATE `*PREFIX*vv_requests` SET `status` = 'declined' WHERE `request_id` = '" . str_repeat('b', 32) . "'");
			$secondChain->finish(str_repeat('b', 32), static fn (): bool => true);

			$result = (new RecordChainVerifier(new RecordChainMapper($first)))->verify();
			$this->assertTrue($result->isValid(), $result->describe());
			$this->assertSame(2, $result->checked);
		} finally {
			unlink($path);
		}
	}

	private function transitions(): RequestTransitions {
		return new RequestTransitions($this->requests, new RequestNotifications($this->createMock(INotificationManager::class)), $this->chain);
	}

	private function finish(string $letter, VerificationRequestStatus $status, int $createdAt = self::NOW - 600): void {
		$this->open($letter, $createdAt);
		$request = $this->requests->find(str_repeat($letter, 32));
		$this->assertNotNull($request);
		$this->assertTrue($this->transitions()->write($request, $request->with([
			'status' => $status,
			'decidedAt' => $createdAt + 60,
			'decidedBy' => 'alice',
		])));
	}

	private function open(string $letter, int $createdAt = self::NOW - 600): void {
		$this->insert($letter, VerificationRequestStatus::Ringing, $createdAt);
	}

	private function insert(string $letter, VerificationRequestStatus $status, int $createdAt = self::NOW - 600): void {
		$this->requests->insert(new VerificationRequest(
			str_repeat($letter, 32), str_repeat('1', 64), str_repeat('2', 64), '012345', $status,
			VerificationMode::Approve, $createdAt, $createdAt + 900, 7, 'DemoContract001', 'Contract.pdf',
			'Carol', null, 100, 'alice', 'alice',
		));
	}

	/**
	 * @return array<string, array<string, mixed>> first letter => row, in row order
	 */
	private function chainRows(): array {
		$rows = [];
		foreach ($this->db->executeQuery('SELECT `request_id`, `status`, `chain_seq`, `record_hash` FROM `*PREFIX*vv_requests` ORDER BY `id`')->fetchAllAssociative() as $row) {
			$rows[((string)$row['request_id'])[0]] = $row;
		}
		return $rows;
	}
}
