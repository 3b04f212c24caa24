<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Callback;

use OCA\VideoVerification\Db\CallbackMapper;
use OCA\VideoVerification\Notification\CallbackNotifications;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataResponse;
use PHPUnit\Framework\TestCase;

/**
 * "No one left waiting": ask to be called back after an unanswered call, the sharer's
 * "Call back", and every refusal changing nothing.
 */
class CallbackFlowTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testAnUnansweredCancelledRequestAsksForACallbackAndTheSharerIsNotified(): void {
		$created = $this->unanswered();

		$response = $this->callbackController('recipient', $created['secret'])->ask($created['requestId'], "  Please call after 3 pm, thanks  ");

		$this->assertSame(201, $response->getStatus());
		$this->assertSame([
			'requestId' => $created['requestId'],
			'state' => 'callbackRequested',
			'requestedAt' => $this->now,
			'message' => 'Please call after 3 pm, thanks',
			'calledBackAt' => null,
		], $response->getData());
		$callbacks = array_values(array_filter($this->notified, static fn ($n): bool => $n->getObjectType() === CallbackNotifications::OBJECT_TYPE));
		$this->assertCount(1, $callbacks, 'alice is owner and initiator: one notification');
		$this->assertSame(['alice', CallbackNotifications::SUBJECT, $created['requestId']], [$callbacks[0]->getUser(), $callbacks[0]->getSubject(), $callbacks[0]->getObjectId()]);
	}

	public function testAnExpiredUnansweredRequestMayAskTooWithoutAMessage(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->now += 15 * 60;

		$response = $this->callbackController('recipient', $created['secret'])->ask($created['requestId']);

		$this->assertSame(201, $response->getStatus());
		$this->assertSame('', $response->getData()['message']);
		$this->assertSame('expired', $this->requestRows()[0]['status'], 'the expiry is stored on the way');
	}

	public function testTheRecipientPollsAndTheSharerCallsBack(): void {
		$created = $this->unanswered();
		$this->callbackController('recipient', $created['secret'])->ask($created['requestId'], 'hi');
		$this->now += 12;

		$poll = $this->callbackController('recipient', $created['secret'])->show($created['requestId']);
		$this->assertSame('callbackRequested', $poll->getData()['state']);
		$this->assertSame($this->now, (int)$this->requestRows()[0]['callback_polled_at'], 'the poll tells that the page is open');

		$this->now += 5;
		$callBack = $this->callbackController(user: 'alice')->callBack($created['requestId']);
		$this->assertSame(200, $callBack->getStatus());
		$this->assertSame(['state' => 'callingBack', 'calledBackAt' => $this->now], array_intersect_key($callBack->getData(), ['state' => 0, 'calledBackAt' => 0]));
		$this->assertContains(['app' => 'video_verification', 'objectType' => CallbackNotifications::OBJECT_TYPE, 'objectId' => $created['requestId'], 'user' => ''], $this->processedNotifications);

		$this->assertSame('callingBack', $this->callbackController('recipient', $created['secret'])->show($created['requestId'])->getData()['state']);
	}

	public function testAskingBeforeTheWithdrawalArrivesWithdrawsTheUnansweredRequestItself(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkRings('DemoContract001');
		foreach ([20, 20, 21] as $step) {
			$this->now += $step;
			$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		}
		$this->assertSame('ringing', $this->requestRows()[0]['status'], 'the page\'s cancel is still on its way');

		$response = $this->callbackController('recipient', $created['secret'])->ask($created['requestId'], 'hi');

		$this->assertSame(201, $response->getStatus());
		$this->assertSame('cancelled', $this->requestRows()[0]['status']);
		$this->assertContains(['app' => 'video_verification', 'objectType' => RequestNotifications::OBJECT_TYPE, 'objectId' => $created['requestId'], 'user' => ''], $this->processedNotifications, 'the ringing notification goes with it');
		$this->assertSame('cancelled', $this->requestController('recipient', $created['secret'])->cancel($created['requestId'])->getData()['status'], 'the late cancel changes nothing');
	}

	public function testACallbackIsRefusedWithinTheFirstMinuteOrAfterAnAnswer(): void {
		$open = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkRings('DemoContract001');
		foreach ([20, 20, 19] as $step) {
			$this->now += $step;
			$this->requestController('recipient', $open['secret'])->show($open['requestId']);
		}
		$this->assertError(409, 'callback_unavailable', $this->callbackController('recipient', $open['secret'])->ask($open['requestId']));
		$this->assertSame('ringing', $this->requestRows()[0]['status'], 'a refused ask leaves the ringing request open');

		$answered = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkAnswers('DemoContract001');
		$this->now += 120;
		$this->requestController('recipient', $answered['secret'])->cancel($answered['requestId']);
		$this->assertError(409, 'callback_unavailable', $this->callbackController('recipient', $answered['secret'])->ask($answered['requestId']));

		$quick = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->now += 59;
		$this->requestController('recipient', $quick['secret'])->cancel($quick['requestId']);
		$this->assertError(409, 'callback_unavailable', $this->callbackController('recipient', $quick['secret'])->ask($quick['requestId']));

		$this->assertNoCallbackStored();
	}

	public function testAskingTwiceIsRefusedAndKeepsTheFirstMessage(): void {
		$created = $this->unanswered();
		$this->callbackController('recipient', $created['secret'])->ask($created['requestId'], 'first');
		$notified = count($this->notified);

		$this->assertError(409, 'callback_unavailable', $this->callbackController('recipient', $created['secret'])->ask($created['requestId'], 'second'));

		$this->assertSame('first', $this->requestRows()[0]['callback_message']);
		$this->assertCount($notified, $this->notified);
	}

	/**
	 * @return array<string, array{mixed}>
	 */
	public static function badMessages(): array {
		return [
			'too long' => [str_repeat('a', 501)],
			'too long in characters' => [str_repeat("\u{00E9}", 501)],
			'not text' => [['a']],
			'a number' => [42],
			'control character' => ["hi\x07"],
			'bidi override' => ["hi \u{202E}gnp.exe"],
			'invalid UTF-8' => ["\xC3\x28"],
			// Issue 18: one paragraph, so no line can pass for one of the notification's own.
			'a second line' => ["Please call\nE-mail: carol@example.com"],
			'a carriage return' => ["Please call\rE-mail: carol@example.com"],
			'CRLF' => ["Please call\r\nthanks"],
			'line separator' => ["Please call\u{2028}E-mail: x"],
			'paragraph separator' => ["Please call\u{2029}E-mail: x"],
			'a tab' => ["Please\tcall"],
			'zero-width space' => ["Please\u{200B} call"],
		];
	}

	/**
	 * @dataProvider badMessages
	 */
	public function testABadMessageIsRefusedAndChangesNothing(mixed $message): void {
		$created = $this->unanswered();

		$this->assertError(400, 'invalid_body', $this->callbackController('recipient', $created['secret'])->ask($created['requestId'], $message));

		$this->assertNoCallbackStored();
		$this->assertSame([], array_filter($this->notified, static fn ($n): bool => $n->getObjectType() === CallbackNotifications::OBJECT_TYPE));
	}

	public function testFiveHundredCharactersAreFine(): void {
		$created = $this->unanswered();

		$response = $this->callbackController('recipient', $created['secret'])->ask($created['requestId'], str_repeat("\u{00E9}", 500));

		$this->assertSame(201, $response->getStatus());
	}

	public function testAWrongSecretOrAnotherSessionIsAThrottledNotFound(): void {
		$created = $this->unanswered();

		$this->assertError(404, 'request_not_found', $this->callbackController('recipient', 'wrong-secret')->ask($created['requestId'], 'x'));
		$this->assertError(404, 'request_not_found', $this->callbackController('intruder', $created['secret'])->ask($created['requestId'], 'x'));
		$this->assertError(404, 'request_not_found', $this->callbackController('recipient', $created['secret'])->show($created['requestId']), 'no callback asked for');
		$this->assertNoCallbackStored();
	}

	public function testOnlyTheShareOwnerOrInitiatorCallsBackAndOnlyOnce(): void {
		$created = $this->unanswered();
		$this->assertError(409, 'callback_unavailable', $this->callbackController(user: 'alice')->callBack($created['requestId']), 'nobody asked yet', false);
		$this->callbackController('recipient', $created['secret'])->ask($created['requestId'], 'x');

		$this->assertError(404, 'request_not_found', $this->callbackController(user: 'bob')->callBack($created['requestId']));
		$this->assertError(404, 'request_not_found', $this->callbackController()->callBack($created['requestId']), 'a guest');
		$this->assertNull($this->requestRows()[0]['callback_started_at']);

		$this->assertSame(200, $this->callbackController(user: 'alice')->callBack($created['requestId'])->getStatus());
		$this->assertError(409, 'callback_unavailable', $this->callbackController(user: 'alice')->callBack($created['requestId']), 'twice', false);
	}

	public function testTheMapperWritesEachStepOnce(): void {
		$created = $this->unanswered();
		$mapper = new CallbackMapper($this->db);

		$this->assertFalse($mapper->start($created['requestId'], $this->now));
		$this->assertTrue($mapper->ask($created['requestId'], $this->now, 'a'));
		$this->assertFalse($mapper->ask($created['requestId'], $this->now + 1, 'b'));
		$this->assertTrue($mapper->start($created['requestId'], $this->now + 2));
		$this->assertFalse($mapper->start($created['requestId'], $this->now + 3));
		$this->assertEquals(['a', $this->now, $this->now + 2], [$mapper->find($created['requestId'])?->message, $mapper->find($created['requestId'])?->requestedAt, $mapper->find($created['requestId'])?->startedAt]);
		$this->assertNull($mapper->find(str_repeat('z', 32)));
	}

	/**
	 * @return array{requestId: string, secret: string}
	 */
	private function unanswered(): array {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkRings('DemoContract001');
		// The page polls while nobody answers, then hangs up.
		foreach ([20, 20, 21] as $step) {
			$this->now += $step;
			$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		}
		$this->assertSame('cancelled', $this->requestController('recipient', $created['secret'])->cancel($created['requestId'])->getData()['status']);
		return $created;
	}

	private function assertError(int $status, string $error, DataResponse $response, string $message = '', bool $throttled = true): void {
		$this->assertSame($status, $response->getStatus(), $message);
		$this->assertSame($error, $response->getData()['error'], $message);
		$this->assertNotSame('', $response->getData()['message']);
		$this->assertSame($throttled, $response->isThrottled(), $message);
	}

	private function assertNoCallbackStored(): void {
		foreach ($this->requestRows() as $row) {
			$this->assertNull($row['callback_requested_at']);
			$this->assertNull($row['callback_message']);
		}
	}
}
