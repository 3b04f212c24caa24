<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Service;

use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
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
		$created = $this->requestService()->create('DemoContract001', 'Carol');
		$this->beforeTransition = fn (string $requestId) => $this->setStatusBehindTheServiceBack($requestId, 'cancelled');

		$view = $this->requestService()->cancel($created->request->requestId, $created->secret);

		$this->assertSame(VerificationRequestStatus::Cancelled, $view->status);
	}

	public function testACancelOfARowThatWasApprovedMeanwhileAnswersTheApproval(): void {
		$created = $this->requestService()->create('DemoContract001', 'Carol');
		// The sharer approved between our read and our write.
		$this->beforeTransition = fn (string $requestId) => $this->setStatusBehindTheServiceBack($requestId, 'approved');

		$view = $this->requestService()->cancel($created->request->requestId, $created->secret);

		$this->assertSame(VerificationRequestStatus::Approved, $view->status);
		$this->assertSame('approved', $this->requestRows()[0]['status']);
	}

	private function setStatusBehindTheServiceBack(string $requestId, string $status): void {
		$this->db->executeStatement('UPDATE `*PREFIX*vv_requests` SET `status` = ? WHERE `request_id` = ?', [$status, $requestId]);
	}
}
