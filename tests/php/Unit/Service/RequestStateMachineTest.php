<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Service;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Service\ShareSessionUnlocker;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
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
			'ringing' => ['requested' => [200, 'ringing'], 'ringing' => [200, 'ringing'], 'approved' => [200, 'approved']],
			'answered' => ['requested' => [200, 'ringing'], 'ringing' => [200, 'ringing'], 'approved' => [200, 'approved']],
			'approve' => ['requested' => [200, 'approved'], 'ringing' => [200, 'approved']],
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
		if (in_array($state, ['requested', 'ringing'], true)) {
			$this->act('answered', $request);
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
		$this->assertNull($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY), 'an expired approval unlocks nothing');
	}

	public function testAnApprovalPickedUpJustInTimeUnlocks(): void {
		$request = $this->arriveAt('approved', 'DemoContract001');

		$this->now = (int)$this->requestRows()[0]['decided_at'] + VerificationRequest::APPROVAL_LIFETIME - 1;

		$this->assertSame('used', $this->show($request)->getData()['status']);
		$this->assertNotNull($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY));
	}

	public function testAnsweredIsRecordedOnceAndKeepsTheRequestRinging(): void {
		$request = $this->arriveAt('ringing', 'DemoContract001');
		$this->show($request);
		$this->now += 10;
		$this->act('answered', $request);
		$answeredAt = $this->now;
		$this->show($request);
		$this->now += 10;

		$response = $this->act('answered', $request);

		$this->assertSame('ringing', $response->getData()['status']);
		$this->assertSame($answeredAt, (int)$this->requestRows()[0]['answered_at']);
	}

	public function testAnAnswerReportedAfterTheApprovalIsRecordedAndTheApprovalStays(): void {
		$request = $this->arriveAt('approved', 'DemoContract001');

		$response = $this->act('answered', $request);

		$this->assertSame('approved', $response->getData()['status']);
		$this->assertSame($this->now, (int)$this->requestRows()[0]['answered_at']);
		$this->assertSame('used', $this->show($request)->getData()['status'], 'the approval still unlocks');
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
			'ringing' => $this->assertSame(200, $this->act('ringing', $request)->getStatus()),
			'approved' => $this->assertSame(200, $this->act('approve', $request)->getStatus()),
			'declined' => $this->assertSame(200, $this->act('decline', $request)->getStatus()),
			'expired' => $this->now = $created['expiresAt'],
			'used' => $this->assertSame('used', $this->act('approve', $request)->getStatus() === 200 ? $this->show($request)->getData()['status'] : 'approve failed'),
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
