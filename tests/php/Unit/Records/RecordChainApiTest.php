<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Records;

use OCA\VideoVerification\Controller\RecordChainController;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Http\DataResponse;
use OCP\IRequest;
use PHPUnit\Framework\TestCase;

class RecordChainApiTest extends TestCase {
	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/admin/records/verification';

	private SqliteConnection $db;
	private RecordChainController $controller;
	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->controller = new RecordChainController($this->createMock(IRequest::class), new RecordChainVerifier(new RecordChainMapper($this->db)));
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
	}

	public function testAWholeChainAnswersValidAsDocumented(): void {
		$this->seal('a');

		$response = $this->controller->verify();

		$this->assertTrue($response->getData()['valid']);
		$this->assertSame(1, $response->getData()['checked']);
		$this->assertSame([], $this->validator->validateResponse('GET', self::PATH, 200, $this->envelope($response)));
	}

	public function testABrokenChainNamesTheRecordAsDocumented(): void {
		$this->seal('a');
		$this->seal('b');
		$this->db->executeStatement("UPDATE `*PREFIX*vv_requests` SET `file_name` = 'Other.pdf' WHERE `request_id` = '" . str_repeat('a', 32) . "'");

		$response = $this->controller->verify();

		$this->assertSame(['valid' => false, 'problem' => 'altered', 'requestId' => str_repeat('a', 32)],
			array_intersect_key($response->getData(), ['valid' => 0, 'problem' => 0, 'requestId' => 0]));
		$this->assertSame([], $this->validator->validateResponse('GET', self::PATH, 200, $this->envelope($response)));
	}

	public function testTheEndpointIsForAdminsOnly(): void {
		$method = new \ReflectionMethod(RecordChainController::class, 'verify');
		$this->assertSame([], array_filter($method->getAttributes(), static fn (\ReflectionAttribute $a): bool => str_ends_with($a->getName(), 'NoAdminRequired') || str_ends_with($a->getName(), 'PublicPage')));
	}

	/**
	 * @return array<string, mixed>
	 */
	private function envelope(DataResponse $response): array {
		return ['ocs' => ['meta' => ['status' => 'ok', 'statuscode' => 200, 'message' => 'OK'], 'data' => $response->getData()]];
	}

	private function seal(string $letter): void {
		(new VerificationRequestMapper($this->db))->insert(new VerificationRequest(
			str_repeat($letter, 32), str_repeat('1', 64), str_repeat('2', 64), '012345', VerificationRequestStatus::Used,
			VerificationMode::Approve, 1_800_000_000, 1_800_000_900, 7, 'DemoContract001', 'Contract.pdf', 'Carol', null, 100, 'alice', 'alice',
		));
		(new RecordChain($this->db, new RecordChainMapper($this->db)))->sealUnsealed();
	}
}
