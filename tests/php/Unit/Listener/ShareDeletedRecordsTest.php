<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use PHPUnit\Framework\TestCase;

/**
 * Deleting a share keeps its verification records (the evidence), marks them, and ends
 * the requests still open.
 */
class ShareDeletedRecordsTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
		$this->addPublicShare(['id' => '6', 'token' => 'OtherShare00006', 'nodeId' => 106]);
	}

	public function testRecordsStayMarkedAndOpenRequestsAreCancelled(): void {
		$used = $this->requestController('a')->create('DemoContract001', 'Carol')->getData();
		$this->talkAnswers('DemoContract001', 'a');
		$this->decisionController('alice')->approve($used['requestId']);
		$this->requestController('a', $used['secret'])->show($used['requestId']);
		$open = $this->requestController('b')->create('DemoContract001', 'Dan')->getData();
		$other = $this->requestController('c')->create('OtherShare00006', 'Eve')->getData();
		$this->processedNotifications = [];
		$this->now += 100;

		$this->deletePublicShare('DemoContract001');

		$rows = array_column($this->requestRows(), null, 'request_id');
		$this->assertSame('used', $rows[$used['requestId']]['status']);
		$this->assertSame('cancelled', $rows[$open['requestId']]['status']);
		$this->assertSame('requested', $rows[$other['requestId']]['status']);
		$this->assertSame($this->now, (int)$rows[$used['requestId']]['share_deleted_at']);
		$this->assertSame($this->now, (int)$rows[$open['requestId']]['share_deleted_at']);
		$this->assertNull($rows[$other['requestId']]['share_deleted_at']);
		$this->assertSame([$open['requestId']], array_column($this->processedNotifications, 'objectId'));
		$this->assertSame('cancelled', $this->requestController('b', $open['secret'])->show($open['requestId'])->getData()['status']);
	}

	public function testTheOwnerStillReadsTheRecordsOfTheDeletedShareAndNobodyElse(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->decisionController('alice')->decline($created['requestId']);

		$this->deletePublicShare('DemoContract001');

		$records = $this->decisionController('alice')->records('100')->getData();
		$this->assertCount(1, $records);
		$this->assertTrue($records[0]['shareDeleted']);
		$this->assertSame('declined', $records[0]['status']);
		$this->assertSame('1', $records[0]['shareId']);
		$this->assertSame([], $this->decisionController('bob')->records('100')->getData());
	}

	public function testARequestOfADeletedShareCannotBeDecided(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->deletePublicShare('DemoContract001');

		$this->assertSame(404, $this->decisionController('alice')->approve($created['requestId'])->getStatus());
		$this->assertSame('cancelled', $this->requestRows()[0]['status']);
	}

	public function testDeletingTwiceMarksOnce(): void {
		$this->requestController()->create('DemoContract001', 'Carol');
		$this->deletePublicShare('DemoContract001');
		$deletedAt = (int)$this->requestRows()[0]['share_deleted_at'];
		$this->addPublicShare();
		$this->now += 50;

		$this->deletePublicShare('DemoContract001');

		$this->assertSame($deletedAt, (int)$this->requestRows()[0]['share_deleted_at']);
	}
}
