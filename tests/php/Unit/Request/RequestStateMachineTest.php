<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCA\Talk\Room as TalkRoom;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCP\AppFramework\Http\DataResponse;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * Every state of a request against every action, through the controllers as the
 * sidebar, the Sharing tab and the notification call them: which transitions happen,
 * which are refused (and then change nothing), which answer the state unchanged.
 */
class RequestStateMachineTest extends TestCase {
	use RequestStack;

	private const STATES = ['requested', 'ringing', 'approved', 'declined', 'expired', 'used', 'cancelled'];
	private ?TalkRoom $room = null;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
		$this->addPublicShare(['id' => '2', 'token' => 'DemoMedical0002', 'type' => IShare::TYPE_EMAIL,
			'sharedWith' => 'carol@example.com', 'target' => '/Medical report.pdf', 'nodeId' => 102, 'verification' => 'password']);
	}

	/**
	 * [state, action, HTTP status, status afterwards (in the answer and the row) or error code]
	 */
	public static function stateActionTable(): array {
		$closed = [409, 'request_closed'];
		$table = [
			// The recipient's own reports are hints: they change nothing (issue 18).
			'ringing' => ['requested' => [200, 'requested'], 'ringing' => [200, 'ringing'], 'approved' => [200, 'approved']],
			'answered' => ['requested' => [200, 'requested'], 'ringing' => [200, 'ringing'], 'approved' => [200, 'approved']],
			// Talk never had the sharer and the recipient in the call together.
			'approve' => ['requested' => [409, 'call_not_answered'], 'ringing' => [409, 'call_not_answered']],
			'decline' => ['requested' => [200, 'declined'], 'ringing' => [200, 'declined']],
			'cancel' => ['requested' => [200, 'cancelled'], 'ringing' => [200, 'cancelled'], 'approved' => [200, 'approved'],
				'declined' => [200, 'declined'], 'expired' => [200, 'expired'], 'used' => [200, 'used'], 'cancelled' => [200, 'cancelled']],
			'poll' => ['requested' => [200, 'requested'], 'ringing' => [200, 'ringing'], 'approved' => [200, 'used'],
				'declined' => [200, 'declined'], 'expired' => [200, 'expired'], 'used' => [200, 'used'], 'cancelled' => [200, 'cancelled']],
		];
		$cases = [];
		foreach ($table as $action => $outcomes) {
			foreach (self::STATES as $state) {
				[$status, $expected] = $outcomes[$state] ?? $closed;
				$cases["$state + $action"] = [$state, $action, $status, $expected];
			}
		}
		return $cases;
	}

	/**
	 * @dataProvider stateActionTable
	 */
	public function testEveryActionInEveryState(string $state, string $action, int $status, string $expected): void {
		$request = $this->arriveAt($state, 'DemoContract001');
		$rowBefore = $this->requestRows()[0];

		$response = $this->act($action, $request);

		$this->assertSame($status, $response->getStatus(), "$state + $action");
		if ($status === 200) {
			$this->assertSame($expected, $response->getData()['status']);
			$this->assertSame($expected, $this->requestRows()[0]['status'], 'the row says what the answer says');
		} else {
			$this->assertSame($expected, $response->getData()['error']);
			$this->assertSame($rowBefore, $this->requestRows()[0], 'a refused action changes nothing');
		}
	}

	/**
	 * [state, HTTP status, status afterwards or error code] of the password check in password mode
	 */
	public static function passwordChecks(): array {
		$cases = [];
		foreach (self::STATES as $state) {
			$cases[$state] = in_array($state, ['requested', 'ringing'], true)
				? [$state, 200, 'used']
				: [$state, 409, 'request_closed'];
		}
		return $cases;
	}

	/**
	 * @dataProvider passwordChecks
	 */
	public function testThePasswordCheckInEveryState(string $state, int $status, string $expected): void {
		$request = $this->arriveAt($state, 'DemoMedical0002');
		if ($state === 'requested') {
			$this->room = $this->talkRings('DemoMedical0002');
			$this->assertSame('ringing', $this->requestRows()[0]['status']);
			$this->talkCallFlags($this->room, 'guests', 'guest-recipient', 0);
			$this->assertSame('requested', $this->requestRows()[0]['status'], 'the recipient left: requested again');
			$this->talkCallFlags($this->room, 'guests', 'guest-recipient', 7);
		}
		if (in_array($state, ['requested', 'ringing'], true)) {
			$this->talkCallFlags($this->room, 'users', 'alice', 7);
		}
		$rowBefore = $this->requestRows()[0];

		$response = $this->requestController('recipient', $request['secret'])->password($request['requestId'], self::SHARE_PASSWORD);

		$this->assertSame($status, $response->getStatus());
		if ($status === 200) {
			$this->assertSame($expected, $response->getData()['status']);
			$row = $this->requestRows()[0];
			$this->assertSame('used', $row['status']);
			$this->assertSame('password', $row['released_by']);
			$this->assertSame($this->now, (int)$row['first_used_at']);
		} else {
			$this->assertSame($expected, $response->getData()['error']);
			$this->assertSame($rowBefore, $this->requestRows()[0]);
		}
	}

	public function testAnOpenRequestExpiresAtItsExpiryTime(): void {
		foreach (['requested', 'ringing'] as $state) {
			$this->now = self::NOW;
			$request = $this->arriveAt($state, 'DemoContract001');
			$expiresAt = $this->show($request)->getData()['expiresAt'];
			// The page polls all along (otherwise it is abandoned long before).
			while ($this->now + 20 < $expiresAt - 1) {
				$this->now += 20;
				$this->show($request);
			}

			$this->now = $expiresAt - 1;
			$this->assertSame($state, $this->show($request)->getData()['status']);
			$this->now = $expiresAt;
			$this->assertSame('expired', $this->show($request)->getData()['status']);
			$this->assertSame('expired', $this->rowOf($request)['status']);
		}
	}

	public function testAnApprovalNotPickedUpWithinFiveMinutesExpires(): void {
		$request = $this->arriveAt('approved', 'DemoContract001');
		$decidedAt = (int)$this->requestRows()[0]['decided_at'];

		$this->now = $decidedAt + VerificationRequest::APPROVAL_LIFETIME;
		$response = $this->show($request);

		$this->assertSame('expired', $response->getData()['status']);
		$this->assertSame('expired', $this->requestRows()[0]['status']);
		$this->assertNull($this->session()->get(ShareSessionAccess::FRONTEND_KEY), 'an expired approval unlocks nothing');
	}

	public function testAnApprovalPickedUpJustInTimeUnlocks(): void {
		$request = $this->arriveAt('approved', 'DemoContract001');

		$this->now = (int)$this->requestRows()[0]['decided_at'] + VerificationRequest::APPROVAL_LIFETIME - 1;

		$this->assertSame('used', $this->show($request)->getData()['status']);
		$this->assertNotNull($this->session()->get(ShareSessionAccess::FRONTEND_KEY));
	}

	public function testTalkSaysRingingWhenTheRecipientJoinsAndAnsweredWhenTheSharerJoinsWhileTheyAreIn(): void {
		$request = $this->arriveAt('requested', 'DemoContract001');
		$room = $this->talkCreatesRoom('DemoContract001');
		$this->assertSame($room->getToken(), $this->requestRows()[0]['talk_room_token'], 'bound when Talk created the room in the recipient\'s session');

		$this->talkCallFlags($room, 'users', 'alice', 7);
		$this->assertSame(['requested', null], [$this->requestRows()[0]['status'], $this->requestRows()[0]['answered_at']], 'the sharer alone is no answer');
		$this->talkCallFlags($room, 'users', 'alice', 0, 7);

		$this->talkCallFlags($room, 'guests', 'guest-1', 7);
		$this->assertSame('ringing', $this->requestRows()[0]['status']);
		$this->assertSame('ringing', $this->show($request)->getData()['status']);
		$this->talkCallFlags($room, 'users', 'bob', 7);
		$this->assertNull($this->requestRows()[0]['answered_at'], 'someone else is not the sharer');

		$this->now += 5;
		$this->talkCallFlags($room, 'users', 'alice', 7);
		$this->assertSame($this->now, (int)$this->requestRows()[0]['answered_at']);
		$answeredAt = $this->now;
		$this->now += 5;
		$this->talkCallFlags($room, 'users', 'alice', 3, 7);
		$this->assertSame($answeredAt, (int)$this->requestRows()[0]['answered_at'], 'recorded once');

		$this->assertSame(200, $this->act('approve', $request)->getStatus());
	}

	public function testTheRecipientsOwnReportsChangeNothing(): void {
		$request = $this->arriveAt('requested', 'DemoContract001');
		$rows = $this->requestRows();

		$this->assertSame('requested', $this->act('ringing', $request)->getData()['status']);
		$this->assertSame('requested', $this->act('answered', $request)->getData()['status']);

		$this->assertSame($rows, $this->requestRows(), 'no "Calling you now", no answeredAt in the record');
		$response = $this->act('approve', $request);
		$this->assertSame(409, $response->getStatus());
		$this->assertSame('call_not_answered', $response->getData()['error'], 'nobody approves a call that never rang');
	}

	public function testARoomIsBoundOnlyToTheOpenRequestOfTheSessionThatMadeItForThatShare(): void {
		$this->addPublicShare(['id' => '3', 'token' => 'DemoBankStmt003', 'nodeId' => 103]);
		$mine = $this->arriveAt('requested', 'DemoContract001');

		$this->talkCreatesRoom('DemoContract001', 'another browser');
		$this->talkCreatesRoom('DemoBankStmt003');
		$this->assertNull($this->requestRows()[0]['talk_room_token']);

		$this->act('cancel', $mine);
		$this->talkCreatesRoom('DemoContract001');
		$this->assertNull($this->requestRows()[0]['talk_room_token'], 'a request that ended gets no room');
	}

	public function testTalkEventsAfterTheEndChangeNothing(): void {
		$request = $this->arriveAt('ringing', 'DemoContract001');
		$this->act('cancel', $request);
		$rows = $this->requestRows();

		$this->talkCallFlags($this->room, 'users', 'alice', 7);

		$this->assertSame($rows, $this->requestRows());
	}

	/**
	 * @return array{requestId: string, secret: string}
	 */
	private function arriveAt(string $state, string $token): array {
		$created = $this->requestController()->create($token, 'Carol')->getData();
		$request = ['requestId' => $created['requestId'], 'secret' => $created['secret']];
		$this->now += 10;
		match ($state) {
			'requested' => null,
			'ringing' => $this->room = $this->talkRings($token),
			'approved' => $this->assertSame(200, $this->answerThen('approve', $token, $request)->getStatus()),
			'declined' => $this->assertSame(200, $this->act('decline', $request)->getStatus()),
			'expired' => $this->now = $created['expiresAt'],
			'used' => $this->assertSame('used', $this->answerThen('approve', $token, $request)->getStatus() === 200 ? $this->show($request)->getData()['status'] : 'approve failed'),
			'cancelled' => $this->assertSame(200, $this->act('cancel', $request)->getStatus()),
		};
		$this->now += 10;
		if ($state === 'expired') {
			$this->assertSame('expired', $this->show($request)->getData()['status']);
		}
		return $request;
	}

	/**
	 * @param array{requestId: string, secret: string} $request
	 */
	private function answerThen(string $action, string $token, array $request): DataResponse {
		$this->room = $this->talkAnswers($token);
		return $this->act($action, $request);
	}

	/**
	 * @param array{requestId: string, secret: string} $request
	 */
	private function act(string $action, array $request): DataResponse {
		$recipient = $this->requestController('recipient', $request['secret']);
		return match ($action) {
			'ringing', 'answered' => $recipient->progress($request['requestId'], $action),
			'approve' => $this->decisionController('alice')->approve($request['requestId']),
			'decline' => $this->decisionController('alice')->decline($request['requestId']),
			'cancel' => $recipient->cancel($request['requestId']),
			'poll' => $recipient->show($request['requestId']),
		};
	}

	/**
	 * @param array{requestId: string, secret: string} $request
	 */
	private function show(array $request): DataResponse {
		return $this->requestController('recipient', $request['secret'])->show($request['requestId']);
	}

	/**
	 * @param array{requestId: string, secret: string} $request
	 * @return array<string, mixed>
	 */
	private function rowOf(array $request): array {
		foreach ($this->requestRows() as $row) {
			if ($row['request_id'] === $request['requestId']) {
				return $row;
			}
		}
		$this->fail('no row');
	}
}
