<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\RequestClosedException;
use PHPUnit\Framework\TestCase;

/**
 * What the controller tests cannot reach: two servers working on one request.
 */
class RequestServiceTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testACancelThatLosesTheRaceToAnotherCancelStillSucceeds(): void {
		$created = $this->requestOpening()->create('DemoContract001', 'Carol');
		$this->talkAnswers('DemoContract001');
		$this->beforeTransition = fn (string $requestId) => $this->setStatusBehindTheServiceBack($requestId, 'cancelled');

		$view = $this->requestService()->cancel($created->request->requestId, $created->secret);

		$this->assertSame(VerificationRequestStatus::Cancelled, $view->status);
	}

	public function testACancelOfARowThatWasApprovedMeanwhileAnswersTheApproval(): void {
		$created = $this->requestOpening()->create('DemoContract001', 'Carol');
		// The sharer approved between our read and our write.
		$this->beforeTransition = fn (string $requestId) => $this->setStatusBehindTheServiceBack($requestId, 'approved');

		$view = $this->requestService()->cancel($created->request->requestId, $created->secret);

		$this->assertSame(VerificationRequestStatus::Approved, $view->status);
		$this->assertSame('approved', $this->requestRows()[0]['status']);
	}

	public function testAnApprovalThatLosesTheRaceToACancelIsAConflict(): void {
		$created = $this->requestOpening()->create('DemoContract001', 'Carol');
		$this->talkAnswers('DemoContract001');
		$this->beforeTransition = fn (string $requestId) => $this->setStatusBehindTheServiceBack($requestId, 'cancelled');

		try {
			$this->decisionService()->approve($created->request->requestId, $this->requestUser('alice'), null);
			$this->fail('approved a request that was cancelled meanwhile');
		} catch (RequestClosedException $e) {
			$this->assertSame('request_closed', $e->errorCode());
		}
		$row = $this->requestRows()[0];
		$this->assertSame('cancelled', $row['status']);
		$this->assertNull($row['decided_by']);
		$this->assertSame([], $this->activities);
	}

	public function testOfTwoPollsRacingOnAnApprovalOnlyOneUnlocks(): void {
		$created = $this->requestOpening()->create('DemoContract001', 'Carol');
		$this->talkAnswers('DemoContract001');
		$this->decisionService()->approve($created->request->requestId, $this->requestUser('alice'), null);
		// Another poll of the same session (another server) used the approval meanwhile.
		$this->beforeTransition = fn (string $requestId) => $this->setStatusBehindTheServiceBack($requestId, 'used');

		$view = $this->requestService()->get($created->request->requestId, $created->secret);

		$this->assertSame(VerificationRequestStatus::Used, $view->status);
		$this->assertSame([], $this->session()->regenerations, 'the losing poll unlocks nothing');
	}

	private function setStatusBehindTheServiceBack(string $requestId, string $status): void {
		$this->db->executeStatement('UPDATE `*PREFIX*vv_requests` SET `status` = ? WHERE `request_id` = ?', [$status, $requestId]);
	}
}
