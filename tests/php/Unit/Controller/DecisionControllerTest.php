<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Controller\DecisionController;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * The sharer's endpoints: who may approve, decline and read records, and what a
 * decision records.
 */
class DecisionControllerTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testTheOwnerApprovesAndTheDecisionIsRecorded(): void {
		$created = $this->create();
		foreach ([20, 20, 2] as $step) {
			$this->now += $step;
			$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		}

		$response = $this->decisionController('alice')->approve($created['requestId'], ['faceMatchesId' => true, 'knownPerson' => true, 'note' => '  Passport checked  ']);

		$this->assertSame(200, $response->getStatus());
		$this->assertFalse($response->isThrottled());
		$data = $response->getData();
		$this->assertSame('approved', $data['status']);
		$this->assertSame(self::NOW + 42, $data['decidedAt']);
		$this->assertSame('alice', $data['decidedBy']);
		$this->assertSame('Alice Adams', $data['decidedByDisplayName']);
		$this->assertSame(['faceMatchesId' => true, 'idFeaturesChecked' => false, 'knownPerson' => true, 'note' => 'Passport checked', 'idChecksConfirmed' => []], $data['checklist']);
		$this->assertSame('approve', $data['releasedBy']);
		$this->assertNull($data['firstUsedAt']);
		$row = $this->requestRows()[0];
		$this->assertSame('approved', $row['status']);
		$this->assertSame('alice', $row['decided_by']);
		$this->assertSame(self::NOW + 42, (int)$row['decided_at']);
		$this->assertSame('approve', $row['released_by']);
		$this->assertSame(['faceMatchesId' => true, 'idFeaturesChecked' => false, 'knownPerson' => true, 'note' => 'Passport checked', 'idChecksConfirmed' => []], json_decode($row['checklist'], true));
	}

	public function testApprovingWithoutAChecklistRecordsNone(): void {
		$created = $this->create();

		$data = $this->decisionController('alice')->approve($created['requestId'])->getData();

		$this->assertNull($data['checklist']);
		$this->assertNull($this->requestRows()[0]['checklist']);
	}

	public function testTheOwnerDeclines(): void {
		$created = $this->create();

		$data = $this->decisionController('alice')->decline($created['requestId'])->getData();

		$this->assertSame('declined', $data['status']);
		$this->assertSame('alice', $data['decidedBy']);
		$this->assertNull($data['releasedBy']);
		$this->assertSame('declined', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
	}

	public function testTheInitiatorOfAShareOfSomeoneElsesFileMayDecideToo(): void {
		$this->addPublicShare(['id' => '5', 'token' => 'BobsReshare0005', 'owner' => 'alice', 'sharedBy' => 'bob']);
		$this->talkUsers = ['bob'];
		$created = $this->requestController()->create('BobsReshare0005', 'Carol')->getData();
		$this->talkAnswers('BobsReshare0005', 'recipient', 'bob');

		$this->assertSame(200, $this->decisionController('bob')->approve($created['requestId'])->getStatus());
		$created = $this->requestController()->create('BobsReshare0005', 'Carol')->getData();
		$this->assertSame(200, $this->decisionController('alice')->decline($created['requestId'])->getStatus(), 'the owner of the file');
	}

	public static function strangers(): array {
		return [
			'another user' => ['bob'],
			'a guest (no user)' => [null],
		];
	}

	/**
	 * @dataProvider strangers
	 */
	public function testSomeoneWhoMayNotEditTheShareGetsNotFoundAndChangesNothing(?string $user): void {
		$created = $this->create();
		$rows = $this->requestRows();
		$this->processedNotifications = [];

		$this->assertNotFound($this->decisionController($user)->approve($created['requestId']));
		$this->assertNotFound($this->decisionController($user)->decline($created['requestId']));
		$this->assertNotFound($this->decisionController($user)->approve($created['requestId'], ['note' => 'x']));

		$this->assertSame($rows, $this->requestRows());
		$this->assertSame([], $this->activities);
		$this->assertSame([], $this->processedNotifications);
	}

	public function testNotFoundAnswersTheSameForAStrangerAndAnUnknownRequest(): void {
		$created = $this->create();

		$stranger = $this->decisionController('bob')->approve($created['requestId']);
		$unknown = $this->decisionController('alice')->approve(str_repeat('Z', 32));
		$malformed = $this->decisionController('alice')->approve('../' . $created['requestId']);

		$this->assertSame($unknown->getData(), $stranger->getData());
		$this->assertSame($unknown->getData(), $malformed->getData());
	}

	public function testApprovingTwiceIsAConflictAndKeepsTheFirstDecision(): void {
		$created = $this->create();
		$this->decisionController('alice')->approve($created['requestId'], ['note' => 'first']);
		$rows = $this->requestRows();
		$this->now += 5;

		$this->assertConflict($this->decisionController('alice')->approve($created['requestId'], ['note' => 'second']));
		$this->assertConflict($this->decisionController('alice')->decline($created['requestId']));
		$this->assertSame($rows, $this->requestRows());
	}

	public function testApprovingAfterADeclineIsAConflict(): void {
		$created = $this->create();
		$this->decisionController('alice')->decline($created['requestId']);
		$rows = $this->requestRows();

		$this->assertConflict($this->decisionController('alice')->approve($created['requestId']));
		$this->assertSame($rows, $this->requestRows());
	}

	public function testApprovingAfterExpiryIsAConflictAndStoresTheExpiry(): void {
		$created = $this->create();
		$this->now = $created['expiresAt'];

		$this->assertConflict($this->decisionController('alice')->approve($created['requestId']));

		$row = $this->requestRows()[0];
		$this->assertSame('expired', $row['status']);
		$this->assertNull($row['decided_at']);
		$this->assertNull($row['decided_by']);
	}

	public function testApprovingACancelledRequestIsAConflict(): void {
		$created = $this->create();
		$this->requestController('recipient', $created['secret'])->cancel($created['requestId']);

		$this->assertConflict($this->decisionController('alice')->approve($created['requestId']));
		$this->assertSame('cancelled', $this->requestRows()[0]['status']);
	}

	public static function invalidChecklists(): array {
		return [
			'a string' => ['yes'],
			'a list' => [[true, false]],
			'a flag that is a string' => [['faceMatchesId' => 'true']],
			'a flag that is a number' => [['knownPerson' => 1]],
			'an unknown field' => [['faceMatchesId' => true, 'photo' => 'x']],
			'a note that is not a string' => [['note' => ['x']]],
			'a note of 501 characters' => [['note' => str_repeat("\u{00E9}", 501)]],
			'a note that is not UTF-8' => [['note' => "Pass \xC3\x28"]],
		];
	}

	/**
	 * @dataProvider invalidChecklists
	 */
	public function testAnInvalidChecklistIsA400AndChangesNothing(mixed $checklist): void {
		$created = $this->create();
		$rows = $this->requestRows();

		$response = $this->decisionController('alice')->approve($created['requestId'], $checklist);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('invalid_body', $response->getData()['error']);
		$this->assertNotSame('', $response->getData()['message']);
		$this->assertSame($rows, $this->requestRows());
	}

	public function testANoteOfFiveHundredCharactersIsKept(): void {
		$created = $this->create();
		$note = str_repeat("\u{00E9}", 500);

		$this->assertSame($note, $this->decisionController('alice')->approve($created['requestId'], ['note' => $note])->getData()['checklist']['note']);
	}

	public function testADecisionIsAnActivityForTheOwnerAndTheInitiator(): void {
		$this->addPublicShare(['id' => '5', 'token' => 'BobsReshare0005', 'owner' => 'alice', 'sharedBy' => 'bob', 'nodeId' => 105, 'target' => '/Reshare.pdf']);
		$this->talkUsers = ['bob'];
		$created = $this->requestController()->create('BobsReshare0005', 'Carol')->getData();
		$this->talkAnswers('BobsReshare0005', 'recipient', 'bob');

		$this->decisionController('bob')->approve($created['requestId']);

		$this->assertCount(2, $this->activities);
		$this->assertSame(['alice', 'bob'], array_map(static fn ($event) => $event->getAffectedUser(), $this->activities));
		$event = $this->activities[0];
		$this->assertSame('video_verification', $event->getApp());
		$this->assertSame('video_verification', $event->getType());
		$this->assertSame('request_approved', $event->getSubject());
		$this->assertSame('bob', $event->getAuthor());
		$this->assertSame(['files', 105, 'Reshare.pdf'], [$event->getObjectType(), $event->getObjectId(), $event->getObjectName()]);
		$this->assertSame(['requestId' => $created['requestId'], 'requester' => 'Carol', 'file' => 'Reshare.pdf', 'fileId' => 105], $event->getSubjectParameters());
	}

	public function testADeclineIsAnActivityToo(): void {
		$created = $this->create();

		$this->decisionController('alice')->decline($created['requestId']);

		$this->assertCount(1, $this->activities);
		$this->assertSame('request_declined', $this->activities[0]->getSubject());
	}

	public function testNoActivityWithoutTheActivityApp(): void {
		$this->activityEnabled = false;
		$created = $this->create();

		$this->assertSame(200, $this->decisionController('alice')->approve($created['requestId'])->getStatus());
		$this->assertSame([], $this->activities);
	}

	public function testTheRecordsOfAFileNewestFirstOnlyForWhoMayEditTheShare(): void {
		$this->addPublicShare(['id' => '6', 'token' => 'OtherFile000006', 'nodeId' => 106]);
		$first = $this->create('browser 1');
		$this->now += 10;
		$second = $this->create();
		$this->requestController('browser 2')->create('OtherFile000006', 'Dan');
		$this->decisionController('alice')->approve($first['requestId']);

		$records = $this->decisionController('alice')->records('100')->getData();

		$this->assertSame([$second['requestId'], $first['requestId']], array_column($records, 'requestId'));
		$this->assertSame(['ringing', 'approved'], array_column($records, 'status'), 'Talk says the second one is in the call');
		$this->assertSame([], $this->decisionController('bob')->records('100')->getData());
		$this->assertSame([], $this->decisionController('alice')->records('999')->getData());
	}

	public function testAtMostOneHundredRecords(): void {
		for ($i = 0; $i < 101; $i++) {
			$this->now++;
			$this->requestController("browser $i")->create('DemoContract001', 'Carol');
			$this->db->executeStatement('UPDATE `*PREFIX*vv_requests` SET `status` = ?', ['cancelled']);
			$this->cache->clear();
		}

		$this->assertCount(100, $this->decisionController('alice')->records('100')->getData());
	}

	public function testANonPositiveFileIdIsA400(): void {
		$response = $this->decisionController('alice')->records('0');

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('invalid_body', $response->getData()['error']);
	}

	public function testAGuestListsNothing(): void {
		$this->create();

		$this->assertNotFound($this->decisionController(null)->records('100'));
	}

	public function testRoutesAndSecurityAttributes(): void {
		$expected = [
			'records' => ['GET', '/api/v1/files/{fileId}/requests'],
			'approve' => ['POST', '/api/v1/requests/{requestId}/approve'],
			'decline' => ['POST', '/api/v1/requests/{requestId}/decline'],
		];
		foreach ($expected as $methodName => [$verb, $url]) {
			$method = new \ReflectionMethod(DecisionController::class, $methodName);
			$route = $method->getAttributes(ApiRoute::class)[0]->newInstance();
			$this->assertSame([$verb, $url], [$route->getVerb(), $route->getUrl()]);
			$this->assertCount(0, $method->getAttributes(PublicPage::class), "$methodName: logged-in users only, Nextcloud answers guests 401");
			$this->assertCount(1, $method->getAttributes(NoAdminRequired::class), $methodName);
			$this->assertCount(0, $method->getAttributes(NoCSRFRequired::class), $methodName);
			$this->assertGreaterThan(0, $method->getAttributes(UserRateLimit::class)[0]->newInstance()->getLimit());
		}
		foreach (['approve', 'decline'] as $methodName) {
			$bruteForce = (new \ReflectionMethod(DecisionController::class, $methodName))->getAttributes(BruteForceProtection::class)[0]->newInstance();
			$this->assertSame('video_verification_decision', $bruteForce->getAction());
		}
	}

	/**
	 * @return array{requestId: string, secret: string, expiresAt: int}
	 */
	/**
	 * A request whose call Talk saw answered: the recipient and alice were in it together.
	 */
	private function create(string $browser = 'recipient', string $token = 'DemoContract001'): array {
		$created = $this->requestController($browser)->create($token, 'Carol')->getData();
		$this->talkAnswers($token, $browser);
		return $created;
	}

	private function assertNotFound(DataResponse $response): void {
		$this->assertSame(404, $response->getStatus());
		$this->assertSame('request_not_found', $response->getData()['error']);
		$this->assertTrue($response->isThrottled());
		$this->assertSame(['action' => 'video_verification_decision'], $response->getThrottleMetadata());
	}

	private function assertConflict(DataResponse $response): void {
		$this->assertSame(409, $response->getStatus());
		$this->assertSame('request_closed', $response->getData()['error']);
		$this->assertNotSame('', $response->getData()['message']);
		$this->assertFalse($response->isThrottled(), 'a sharer deciding twice is no attack');
	}
}
