<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Records;

use OCA\VideoVerification\Controller\RecordExportController;
use OCA\VideoVerification\Db\Checklist;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Records\RecordCsvExport;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Http\IOutput;
use OCP\AppFramework\Http\StreamTraversableResponse;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IRequest;
use PHPUnit\Framework\TestCase;

class RecordCsvExportTest extends TestCase {
	private const NOW = 1_800_000_000;

	private SqliteConnection $db;
	private VerificationRequestMapper $mapper;

	protected function setUp(): void {
		parent::setUp();
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new VerificationRequestMapper($this->db);
	}

	public function testAnEmptyTableExportsTheHeaderOnly(): void {
		$this->assertSame(RecordCsvExport::BOM . implode(',', RecordCsvExport::COLUMNS) . "\r\n", $this->csv());
	}

	public function testExportsEveryFieldOfARecordOldestFirst(): void {
		$this->mapper->insert($this->request('a', name: 'Carol'));
		$this->mapper->insert($this->request('b', name: '=cmd|" /C calc"!A0', email: 'x@example.com')->with([
			'status' => VerificationRequestStatus::Used,
			'answeredAt' => self::NOW - 50,
			'decidedAt' => self::NOW - 40,
			'decidedBy' => 'alice',
			'checklist' => new Checklist(true, false, true, "Checked, \"twice\"\nok"),
			'releasedBy' => ReleaseMethod::Approve,
			'firstUsedAt' => self::NOW - 30,
			'shareDeletedAt' => self::NOW - 10,
		]));
		(new RecordChain($this->db, new RecordChainMapper($this->db)))->sealUnsealed();
		$hash = (string)$this->mapper->find(str_repeat('b', 32))?->recordHash;
		$this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', $hash);

		$rows = $this->parse($this->csv());

		$this->assertSame(RecordCsvExport::COLUMNS, $rows[0]);
		$this->assertCount(3, $rows);
		$this->assertSame([
			str_repeat('a', 32), '7', '100', 'Contract.pdf', 'Carol', '',
			'expired', 'approve', '2027-01-15T07:59:00Z', '2027-01-15T08:00:00Z', '', '', '',
			'', '', '', '', '', '', '', '', '', '', '', '',
		], $rows[1], 'an open request past its expiry reads expired, as everywhere else');
		$this->assertSame([
			str_repeat('b', 32), '7', '100', 'Contract.pdf', '\'=cmd|" /C calc"!A0', 'x@example.com',
			'used', 'approve', '2027-01-15T07:59:00Z', '2027-01-15T08:00:00Z', '2027-01-15T07:59:10Z', '2027-01-15T07:59:20Z', 'alice',
			'yes', 'no', 'yes', "Checked, \"twice\"\nok", 'approve', '2027-01-15T07:59:30Z', '2027-01-15T07:59:50Z', '', '', '',
			'1', $hash,
		], $rows[2], 'a final record carries its place in the chain and its hash');
	}

	public function testReadsInPagesAndKeepsEveryRowOnce(): void {
		$count = RecordCsvExport::PAGE * 2 + 7;
		$this->insertMany($count);

		$chunks = iterator_to_array((new RecordCsvExport($this->mapper))->chunks(self::NOW), false);
		$rows = $this->parse(implode('', $chunks));

		$this->assertCount(1 + 3, $chunks, 'header, then one chunk per page');
		$this->assertCount($count + 1, $rows);
		$ids = array_column(array_slice($rows, 1), 0);
		$this->assertSame($count, count(array_unique($ids)));
		$this->assertSame(sprintf('%032d', 0), $ids[0]);
		$this->assertSame(sprintf('%032d', $count - 1), $ids[$count - 1]);
	}

	public function testMemoryStaysFlatWhileExporting(): void {
		$this->insertMany(20_000);
		$export = new RecordCsvExport($this->mapper);
		$bytes = 0;
		$before = memory_get_usage();
		memory_reset_peak_usage();

		foreach ($export->chunks(self::NOW) as $chunk) {
			$bytes += strlen($chunk);
		}

		$peak = memory_get_peak_usage() - $before;
		$this->assertGreaterThan(20_000 * 100, $bytes);
		$this->assertLessThan(2 * 1024 * 1024, $peak, sprintf('peak grew by %d bytes for %d bytes of CSV', $peak, $bytes));
	}

	public function testTheDownloadStreamsCsvAsAnAttachment(): void {
		$this->mapper->insert($this->request('a'));
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		$controller = new RecordExportController($this->createMock(IRequest::class), new RecordCsvExport($this->mapper), $time);

		$response = $controller->download();
		// Response::getHeaders() asks the server for the request and the user session.
		$request = $this->createMock(IRequest::class);
		$userSession = $this->createMock(\OCP\IUserSession::class);
		\OC::$server->register(IRequest::class, static fn () => $request);
		\OC::$server->register(\OCP\IUserSession::class, static fn () => $userSession);

		$this->assertInstanceOf(StreamTraversableResponse::class, $response);
		$this->assertSame(200, $response->getStatus());
		$headers = $response->getHeaders();
		$this->assertSame('text/csv; charset=utf-8', $headers['Content-Type']);
		$this->assertSame('attachment; filename="video-verification-records-2027-01-15.csv"', $headers['Content-Disposition']);
		$this->assertSame('no-store', $headers['Cache-Control']);
		$written = '';
		$output = $this->createMock(IOutput::class);
		$output->method('setOutput')->willReturnCallback(function (string $out) use (&$written): void {
			$written .= $out;
		});
		ob_start();
		$response->callback($output);
		ob_end_clean();
		$this->assertCount(2, $this->parse($written));
	}

	public function testTheDownloadIsForAdminsOnlyAndAPlainLinkMayStartIt(): void {
		$method = new \ReflectionMethod(RecordExportController::class, 'download');
		$attributes = array_map(static fn (\ReflectionAttribute $a): string => $a->getName(), $method->getAttributes());

		$this->assertNotContains('OCP\AppFramework\Http\Attribute\NoAdminRequired', $attributes);
		$this->assertNotContains('OCP\AppFramework\Http\Attribute\PublicPage', $attributes);
		$this->assertContains('OCP\AppFramework\Http\Attribute\NoCSRFRequired', $attributes);
	}

	private function csv(): string {
		return implode('', iterator_to_array((new RecordCsvExport($this->mapper))->chunks(self::NOW), false));
	}

	/**
	 * @return list<list<string>>
	 */
	private function parse(string $csv): array {
		$this->assertStringStartsWith(RecordCsvExport::BOM, $csv);
		$stream = fopen('php://memory', 'w+b');
		fwrite($stream, substr($csv, strlen(RecordCsvExport::BOM)));
		rewind($stream);
		$rows = [];
		while (($row = fgetcsv($stream, null, ',', '"', '')) !== false) {
			$rows[] = $row;
		}
		fclose($stream);
		return $rows;
	}

	private function insertMany(int $count): void {
		$this->db->beginTransaction();
		for ($i = 0; $i < $count; $i++) {
			$this->mapper->insert($this->request(sprintf('%032d', $i), raw: true));
		}
		$this->db->commit();
	}

	private function request(string $letter, string $name = 'Carol', ?string $email = null, bool $raw = false): VerificationRequest {
		return new VerificationRequest(
			$raw ? $letter : str_repeat($letter, 32),
			str_repeat('1', 64),
			str_repeat('2', 64),
			'012345',
			VerificationRequestStatus::Requested,
			VerificationMode::Approve,
			self::NOW - 60,
			self::NOW,
			7,
			'DemoContract001',
			'Contract.pdf',
			$name,
			$email,
			100,
			'alice',
			'alice',
		);
	}
}
