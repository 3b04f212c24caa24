<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Command;

use OCA\VideoVerification\Command\ExportRecords;
use OCA\VideoVerification\Command\VerifyRecords;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use OCA\VideoVerification\Service\Records\RecordCsvExport;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Utility\ITimeFactory;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Tester\CommandTester;

class RecordCommandsTest extends TestCase {
	private const NOW = 1_800_000_000;

	private SqliteConnection $db;
	private VerificationRequestMapper $mapper;
	private string $folder;

	protected function setUp(): void {
		parent::setUp();
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new VerificationRequestMapper($this->db);
		$this->folder = sys_get_temp_dir() . '/vv-export-' . bin2hex(random_bytes(4));
		mkdir($this->folder);
	}

	protected function tearDown(): void {
		foreach (glob($this->folder . '/*') ?: [] as $file) {
			unlink($file);
		}
		rmdir($this->folder);
		parent::tearDown();
	}

	public function testTheCommandsAreRegisteredInInfoXmlUnderTheirNames(): void {
		$info = simplexml_load_file(dirname(__DIR__, 4) . '/appinfo/info.xml');
		$this->assertNotFalse($info);
		$classes = array_map('strval', iterator_to_array($info->commands->command, false));
		$this->assertSame([VerifyRecords::class, ExportRecords::class], $classes);

		$application = new Application();
		$application->add($this->verify());
		$application->add($this->export());
		$this->assertTrue($application->has('video_verification:records:verify'));
		$this->assertTrue($application->has('video_verification:records:export'));
	}

	public function testVerifySaysTheChainIsWholeAndExitsZero(): void {
		$this->insert('a', self::NOW - 100);
		$this->insert('b', self::NOW - 50);

		$tester = new CommandTester($this->verify());

		$this->assertSame(0, $tester->execute([]));
		$this->assertStringContainsString('The record chain is whole: 2 records checked', $tester->getDisplay());
	}

	public function testVerifyNamesAnAlteredRecordAndExitsOne(): void {
		$this->insert('a', self::NOW - 100);
		$this->insert('b', self::NOW - 50);
		$this->db->executeStatement("UPDATE `*PREFIX*vv_requests` SET `decided_by` = 'mallory' WHERE `request_id` = '" . str_repeat('b', 32) . "'");

		$tester = new CommandTester($this->verify());

		$this->assertSame(1, $tester->execute([]));
		$this->assertStringContainsString('Record ' . str_repeat('b', 32) . ' (place 2) does not match its hash', $tester->getDisplay());

		$this->assertSame(1, $tester->execute(['--json' => true]));
		$json = json_decode($tester->getDisplay(), true);
		$this->assertSame(['valid' => false, 'checked' => 1, 'problem' => 'altered', 'requestId' => str_repeat('b', 32), 'seq' => 2],
			array_intersect_key($json, array_flip(['valid', 'problem', 'requestId', 'seq', 'checked'])));
	}

	public function testExportWritesTheCsvToStdoutWithEachRecordsHash(): void {
		$this->insert('a', self::NOW - 100);

		$tester = new CommandTester($this->export());

		$this->assertSame(0, $tester->execute([]));
		$lines = explode("\r\n", $tester->getDisplay());
		$this->assertSame(RecordCsvExport::BOM . implode(',', RecordCsvExport::COLUMNS), $lines[0]);
		$this->assertStringStartsWith(str_repeat('a', 32) . ',', $lines[1]);
		$this->assertStringEndsWith(',1,' . $this->mapper->find(str_repeat('a', 32))?->recordHash, $lines[1]);
		$this->assertSame('', $lines[2]);
	}

	public function testExportSinceADateLeavesOlderRecordsOut(): void {
		$this->insert('a', strtotime('2027-01-14T23:59:59Z'));
		$this->insert('b', strtotime('2027-01-15T00:00:00Z'));
		$this->insert('c', strtotime('2027-01-15T09:00:00Z'));

		$tester = new CommandTester($this->export());
		$this->assertSame(0, $tester->execute(['--since' => '2027-01-15']));
		$this->assertSame([str_repeat('b', 32), str_repeat('c', 32)], $this->exportedIds($tester->getDisplay()));

		$this->assertSame(0, $tester->execute(['--since' => '2027-01-15T10:00:00+02:00']));
		$this->assertSame([str_repeat('c', 32)], $this->exportedIds($tester->getDisplay()));
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public static function badDates(): array {
		return [
			'not a date' => ['yesterday'],
			'no such day' => ['2027-02-30'],
			'time without zone' => ['2027-01-15T10:00:00'],
			'empty' => [''],
		];
	}

	/**
	 * @dataProvider badDates
	 */
	public function testExportRefusesABadSinceAndWritesNothing(string $since): void {
		$this->insert('a', self::NOW - 100);
		$file = $this->folder . '/records.csv';

		$tester = new CommandTester($this->export());

		$this->assertSame(2, $tester->execute(['--since' => $since, '--output' => $file]));
		$this->assertStringContainsString('--since must be a date', $tester->getDisplay());
		$this->assertFileDoesNotExist($file);
	}

	public function testExportWritesAFileAndNeverOverwritesOne(): void {
		$this->insert('a', self::NOW - 100);
		$file = $this->folder . '/records.csv';

		$tester = new CommandTester($this->export());
		$this->assertSame(0, $tester->execute(['--output' => $file]));
		$this->assertSame('Wrote ' . $file, trim($tester->getDisplay()));
		$this->assertSame([str_repeat('a', 32)], $this->exportedIds((string)file_get_contents($file)));

		file_put_contents($file, 'earlier export');
		$this->assertSame(2, $tester->execute(['--output' => $file]));
		$this->assertStringContainsString('Cannot create ' . $file, $tester->getDisplay());
		$this->assertSame('earlier export', file_get_contents($file));

		$this->assertSame(2, $tester->execute(['--output' => $this->folder . '/missing/records.csv']));
	}

	private function verify(): VerifyRecords {
		return new VerifyRecords(new RecordChainVerifier(new RecordChainMapper($this->db)));
	}

	private function export(): ExportRecords {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		return new ExportRecords(new RecordCsvExport($this->mapper), $time);
	}

	/**
	 * @return list<string>
	 */
	private function exportedIds(string $csv): array {
		$lines = array_slice(explode("\r\n", $csv), 1, -1);
		return array_map(static fn (string $line): string => explode(',', $line)[0], $lines);
	}

	private function insert(string $letter, int $createdAt): void {
		$this->mapper->insert(new VerificationRequest(
			str_repeat($letter, 32), str_repeat('1', 64), str_repeat('2', 64), '012345', VerificationRequestStatus::Declined,
			VerificationMode::Approve, $createdAt, $createdAt + 900, 7, 'DemoContract001', 'Contract.pdf',
			'Carol', null, 100, 'alice', 'alice', decidedAt: $createdAt + 60, decidedBy: 'alice',
		));
		(new RecordChain($this->db, new RecordChainMapper($this->db)))->sealUnsealed();
	}
}
