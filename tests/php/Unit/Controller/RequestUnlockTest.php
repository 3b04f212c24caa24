<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Notification\PasswordLockoutNotifications;
use OCA\VideoVerification\Service\ShareSessionUnlocker;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\Attribute\UseSession;
use OCP\AppFramework\Http\DataResponse;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * The recipient's side after the call: the poll that unlocks the share for the browser
 * session that made the request (and only it, once), the password check of password
 * mode, the progress reports, and the sharer's notification.
 */
class RequestUnlockTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
		$this->addPublicShare(['id' => '2', 'token' => 'DemoMedical0002', 'type' => IShare::TYPE_EMAIL,
			'sharedWith' => 'carol@example.com', 'target' => '/Medical report.pdf', 'nodeId' => 102, 'verification' => 'password']);
	}

	public function testThePollAfterApprovalUnlocksTheCallingSessionAsThePasswordPageWould(): void {
		$created = $this->approved();
		$this->session()->set(ShareSessionUnlocker::FRONTEND_KEY, json_encode(['OtherToken00001' => 'other-hash']));
		$this->session()->set(ShareSessionUnlocker::DAV_KEY, ['9']);
		$this->now += 3;

		$response = $this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame('used', $response->getData()['status']);
		$this->assertSame([['deleteOldSession' => true, 'updateToken' => true]], $this->session()->regenerations);
		$this->assertSame(
			['OtherToken00001' => 'other-hash', 'DemoContract001' => self::SHARE_PASSWORD_HASH],
			json_decode($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY), true),
		);
		$this->assertSame(['9', '1'], $this->session()->get(ShareSessionUnlocker::DAV_KEY), 'appended to the list public WebDAV reads');
		$row = $this->requestRows()[0];
		$this->assertSame('used', $row['status']);
		$this->assertSame($this->now, (int)$row['first_used_at']);
		$this->assertSame('approve', $row['released_by']);
	}

	public function testAnotherShareAlreadyUnlockedInTheSessionStaysUnlocked(): void {
		$this->session()->set(ShareSessionUnlocker::FRONTEND_KEY, json_encode(['DemoMedical0002' => self::SHARE_PASSWORD_HASH]));
		$this->session()->set(ShareSessionUnlocker::DAV_KEY, ['2']);
		$created = $this->approved();

		$this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame(['2', '1'], $this->session()->get(ShareSessionUnlocker::DAV_KEY));
		$this->assertSame(
			['DemoMedical0002' => self::SHARE_PASSWORD_HASH, 'DemoContract001' => self::SHARE_PASSWORD_HASH],
			json_decode($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY), true),
		);
	}

	public function testASingleShareIdLeftByAnOlderNextcloudBecomesAListThatKeepsIt(): void {
		$this->session()->set(ShareSessionUnlocker::DAV_KEY, '2');
		$created = $this->approved();

		$this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame(['2', '1'], $this->session()->get(ShareSessionUnlocker::DAV_KEY));
	}

	public function testUnlockingTheSameShareTwiceListsItOnce(): void {
		$this->session()->set(ShareSessionUnlocker::DAV_KEY, ['1']);
		$created = $this->approved();

		$this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame(['1'], $this->session()->get(ShareSessionUnlocker::DAV_KEY));
	}

	public function testASecondPollUnlocksNothingMore(): void {
		$created = $this->approved();
		$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		$this->session()->remove(ShareSessionUnlocker::FRONTEND_KEY);
		$firstUsedAt = $this->now;
		$this->now += 30;

		$response = $this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame('used', $response->getData()['status']);
		$this->assertCount(1, $this->session()->regenerations);
		$this->assertNull($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY));
		$this->assertSame($firstUsedAt, (int)$this->requestRows()[0]['first_used_at']);
	}

	public function testAPollFromAnotherSessionWithTheSecretIsNotFoundAndUnlocksNothing(): void {
		$created = $this->approved();

		$response = $this->requestController('another browser', $created['secret'])->show($created['requestId']);

		$this->assertThrottledError(404, 'request_not_found', $response);
		$this->assertSame([], $this->session('another browser')->data);
		$this->assertSame([], $this->session('another browser')->regenerations);
		$this->assertSame([], $this->session()->regenerations, 'nor the session that made the request');
		$this->assertSame('approved', $this->requestRows()[0]['status']);
		$this->assertSame('used', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status'], 'the right session still gets it');
	}

	public function testAPollWithAWrongSecretIsAThrottledNotFound(): void {
		$created = $this->approved();

		$this->assertThrottledError(404, 'request_not_found', $this->requestController('recipient', 'wrong')->show($created['requestId']));
		$this->assertSame('approved', $this->requestRows()[0]['status']);
		$this->assertNull($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY));
	}

	public function testAPollAfterTheShareWasDeletedUnlocksNothing(): void {
		$created = $this->approved();
		$this->deletePublicShare('DemoContract001');

		$response = $this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame('approved', $response->getData()['status']);
		$this->assertSame([], $this->session()->regenerations);
	}

	public function testTheRightPasswordUnlocksWithoutEndingTheCall(): void {
		$created = $this->answered('DemoMedical0002');

		$response = $this->requestController('recipient', $created['secret'])->password($created['requestId'], self::SHARE_PASSWORD);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame('used', $response->getData()['status']);
		$this->assertSame(['DemoMedical0002' => self::SHARE_PASSWORD_HASH], json_decode($this->session()->get(ShareSessionUnlocker::FRONTEND_KEY), true));
		$this->assertSame(['2'], $this->session()->get(ShareSessionUnlocker::DAV_KEY));
		$this->assertSame('password', $this->requestRows()[0]['released_by']);
		$this->assertNull($this->requestRows()[0]['decided_by'], 'nobody decided: the password released it');
	}

	public function testAWrongPasswordIsA403CountedAsAPasswordPageFailureAndTheCallGoesOn(): void {
		$created = $this->answered('DemoMedical0002');

		$response = $this->requestController('recipient', $created['secret'])->password($created['requestId'], 'guess');

		$this->assertSame(403, $response->getStatus());
		$this->assertSame('wrong_password', $response->getData()['error']);
		$this->assertStringContainsString('4 more tries', $response->getData()['message']);
		$this->assertTrue($response->isThrottled());
		$this->assertSame([], $response->getThrottleMetadata(), 'every action of the route: ours and the password page\'s publicLinkAuth');
		$this->assertSame(1, (int)$this->requestRows()[0]['wrong_passwords']);
		$this->assertSame([], $this->session()->regenerations);
		$this->assertSame('ringing', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
		$this->assertSame(200, $this->requestController('recipient', $created['secret'])->password($created['requestId'], self::SHARE_PASSWORD)->getStatus(), 'then the right one');
	}

	public function testTheFifthWrongPasswordClosesTheRequestAndNotifiesTheSharer(): void {
		$created = $this->answered('DemoMedical0002');
		for ($i = 1; $i < 5; $i++) {
			$this->assertSame(403, $this->requestController('recipient', $created['secret'])->password($created['requestId'], "guess $i")->getStatus());
		}

		$response = $this->requestController('recipient', $created['secret'])->password($created['requestId'], 'guess 5');

		$this->assertSame(409, $response->getStatus());
		$this->assertSame('too_many_wrong_passwords', $response->getData()['error']);
		$this->assertSame([], $response->getThrottleMetadata());
		$this->assertSame('cancelled', $this->requestRows()[0]['status']);
		$lockouts = array_values(array_filter($this->notified, static fn ($n): bool => $n->getObjectType() === PasswordLockoutNotifications::OBJECT_TYPE));
		$this->assertSame(['alice'], array_map(static fn ($n): string => $n->getUser(), $lockouts));
		$this->assertSame(409, $this->requestController('recipient', $created['secret'])->password($created['requestId'], self::SHARE_PASSWORD)->getStatus(), 'even the right one: the request is closed');
		$this->assertSame([], $this->session()->regenerations);
	}

	public function testNoPasswordIsTakenBeforeTheCallWasAnswered(): void {
		$created = $this->ringing('DemoMedical0002');

		$response = $this->requestController('recipient', $created['secret'])->password($created['requestId'], self::SHARE_PASSWORD);

		$this->assertThrottledError(409, 'call_not_answered', $response, []);
		$this->assertSame('ringing', $this->requestRows()[0]['status']);
		$this->assertSame([], $this->session()->regenerations);
	}

	public function testAPasswordForARequestNotInPasswordModeIsAThrottled409(): void {
		$created = $this->ringing('DemoContract001');
		$rows = $this->requestRows();

		$response = $this->requestController('recipient', $created['secret'])->password($created['requestId'], self::SHARE_PASSWORD);

		$this->assertThrottledError(409, 'wrong_mode', $response, []);
		$this->assertSame($rows, $this->requestRows());
		$this->assertSame([], $this->session()->regenerations);
	}

	public static function invalidPasswords(): array {
		return [
			'missing' => [null],
			'empty' => [''],
			'a number' => [42],
			'a list' => [[self::SHARE_PASSWORD]],
			'longer than 1024 bytes' => [str_repeat('x', 1025)],
		];
	}

	/**
	 * @dataProvider invalidPasswords
	 */
	public function testAnInvalidPasswordBodyIsAThrottled400(mixed $password): void {
		$created = $this->ringing('DemoMedical0002');
		$rows = $this->requestRows();

		$this->assertThrottledError(400, 'invalid_body', $this->requestController('recipient', $created['secret'])->password($created['requestId'], $password), []);
		$this->assertSame($rows, $this->requestRows());
	}

	public static function invalidStages(): array {
		return [
			'missing' => [null],
			'unknown' => ['approved'],
			'a number' => [1],
			'upper case' => ['RINGING'],
		];
	}

	/**
	 * @dataProvider invalidStages
	 */
	public function testAnUnknownProgressStageIsAThrottled400(mixed $stage): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$rows = $this->requestRows();

		$this->assertThrottledError(400, 'invalid_body', $this->requestController('recipient', $created['secret'])->progress($created['requestId'], $stage));
		$this->assertSame($rows, $this->requestRows());
	}

	public static function strangersToARequest(): array {
		return [
			'wrong secret' => ['recipient', 'wrong-secret'],
			'no secret' => ['recipient', null],
			'another browser with the right secret' => ['another browser', 'right'],
		];
	}

	/**
	 * @dataProvider strangersToARequest
	 */
	public function testOnlyTheCallingSessionReportsProgressOrTriesThePassword(string $browser, ?string $secret): void {
		$created = $this->requestController()->create('DemoMedical0002', 'Carol')->getData();
		$secret = $secret === 'right' ? $created['secret'] : $secret;
		$rows = $this->requestRows();

		$this->assertThrottledError(404, 'request_not_found', $this->requestController($browser, $secret)->progress($created['requestId'], 'ringing'));
		$this->assertThrottledError(404, 'request_not_found', $this->requestController($browser, $secret)->password($created['requestId'], self::SHARE_PASSWORD), []);
		$this->assertSame($rows, $this->requestRows());
		$this->assertSame([], $this->session($browser)->regenerations);
	}

	public function testANewRequestNotifiesTheOwnerAndTheInitiator(): void {
		$this->addPublicShare(['id' => '5', 'token' => 'BobsReshare0005', 'owner' => 'alice', 'sharedBy' => 'bob']);
		$this->talkUsers = ['bob'];

		$created = $this->requestController()->create('BobsReshare0005', 'Carol')->getData();

		$this->assertSame(['alice', 'bob'], array_map(static fn ($n) => $n->getUser(), $this->notified));
		foreach ($this->notified as $notification) {
			$this->assertSame('video_verification', $notification->getApp());
			$this->assertSame('verification_request', $notification->getObjectType());
			$this->assertSame($created['requestId'], $notification->getObjectId());
			$this->assertSame('verification_request', $notification->getSubject());
			$this->assertSame(self::NOW, $notification->getDateTime()->getTimestamp());
		}
	}

	public function testTheOwnerWhoSharedIsNotifiedOnce(): void {
		$this->requestController()->create('DemoContract001', 'Carol');

		$this->assertSame(['alice'], array_map(static fn ($n) => $n->getUser(), $this->notified));
	}

	public function testEveryEndingTakesTheNotificationAway(): void {
		foreach (['approve', 'decline', 'cancel', 'expire'] as $ending) {
			$this->processedNotifications = [];
			$created = $this->requestController("browser $ending")->create('DemoContract001', 'Carol')->getData();
			$recipient = $this->requestController("browser $ending", $created['secret']);
			if ($ending === 'approve') {
				$this->talkAnswers('DemoContract001', "browser $ending");
				$this->processedNotifications = [];
			}
			match ($ending) {
				'approve' => $this->decisionController('alice')->approve($created['requestId']),
				'decline' => $this->decisionController('alice')->decline($created['requestId']),
				'cancel' => $recipient->cancel($created['requestId']),
				'expire' => $this->expireAndPoll($created),
			};

			$this->assertSame([['app' => 'video_verification', 'objectType' => 'verification_request', 'objectId' => $created['requestId'], 'user' => '']], $this->processedNotifications, $ending);
			$this->now = self::NOW;
			$this->cache->clear();
		}
	}

	public function testRingingSendsTheOneNotificationAgainAndAnsweringKeepsIt(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->assertCount(1, $this->notified, 'alice is owner and initiator');

		$room = $this->talkRings('DemoContract001');

		$this->assertSame([['app' => 'video_verification', 'objectType' => 'verification_request', 'objectId' => $created['requestId'], 'user' => '']], $this->processedNotifications, 'the first one goes');
		$this->assertCount(2, $this->notified, 'and comes again, now ringing');
		$this->assertSame([$created['requestId'], 'alice'], [$this->notified[1]->getObjectId(), $this->notified[1]->getUser()]);

		$this->talkCallFlags($room, 'users', 'alice', 7);
		$this->assertCount(1, $this->processedNotifications, 'answering keeps it');
		$this->assertCount(2, $this->notified);
	}

	public function testTheRecipientNeverSendsTheReadBackCode(): void {
		foreach ((new \ReflectionClass(\OCA\VideoVerification\Controller\RequestController::class))->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
			if ($method->getDeclaringClass()->getName() !== \OCA\VideoVerification\Controller\RequestController::class) {
				continue;
			}
			foreach ($method->getParameters() as $parameter) {
				$this->assertStringNotContainsStringIgnoringCase('code', $parameter->getName(), $method->getName() . ': the sharer compares the code, nobody types it');
			}
		}
		$spec = json_decode((string)file_get_contents(dirname(__DIR__, 4) . '/openapi.json'), true);
		foreach ($spec['paths'] as $path => $operations) {
			foreach ($operations as $verb => $operation) {
				$properties = $operation['requestBody']['content']['application/json']['schema']['properties'] ?? [];
				$this->assertArrayNotHasKey('code', $properties, "$verb $path");
			}
		}
	}

	public function testThePollAndThePasswordCheckMayWriteTheSession(): void {
		foreach (['show', 'password', 'create'] as $methodName) {
			$this->assertCount(1, (new \ReflectionMethod(\OCA\VideoVerification\Controller\RequestController::class, $methodName))->getAttributes(UseSession::class), $methodName);
		}
	}

	/**
	 * @param array{requestId: string, secret: string, expiresAt: int} $created
	 */
	private function expireAndPoll(array $created): void {
		$this->now = $created['expiresAt'];
		$this->requestController('browser expire', $created['secret'])->show($created['requestId']);
	}

	/**
	 * @return array{requestId: string, secret: string}
	 */
	private function approved(): array {
		$created = $this->answered('DemoContract001');
		$this->assertSame(200, $this->decisionController('alice')->approve($created['requestId'])->getStatus());
		return $created;
	}

	/**
	 * @return array{requestId: string, secret: string}
	 */
	private function answered(string $token): array {
		$created = $this->requestController()->create($token, 'Carol')->getData();
		$this->talkAnswers($token);
		return $created;
	}

	/**
	 * @return array{requestId: string, secret: string}
	 */
	private function ringing(string $token): array {
		$created = $this->requestController()->create($token, 'Carol')->getData();
		$this->talkRings($token);
		$this->assertSame('ringing', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
		return $created;
	}

	/**
	 * @param array<string, string> $metadata [] on the password route: every action of the route counts it
	 */
	private function assertThrottledError(int $status, string $error, DataResponse $response, array $metadata = ['action' => 'video_verification_request']): void {
		$this->assertSame($status, $response->getStatus());
		$data = $response->getData();
		$this->assertSame(['error', 'message'], array_keys($data));
		$this->assertSame($error, $data['error']);
		$this->assertNotSame('', $data['message']);
		$this->assertTrue($response->isThrottled(), 'every failure counts for brute-force protection');
		$this->assertSame($metadata, $response->getThrottleMetadata());
	}
}
