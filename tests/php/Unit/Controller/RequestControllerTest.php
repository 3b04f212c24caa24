<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Controller\RequestController;
use OCA\VideoVerification\Service\Request\RequestSessionBinding;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\Attribute\AnonRateLimit;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\Attribute\UseSession;
use OCP\AppFramework\Http\DataResponse;
use OCP\Security\ISecureRandom;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class RequestControllerTest extends TestCase {
	use RequestStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testCreatesARequestedRequestForALinkShare(): void {
		$response = $this->requestController()->create('DemoContract001', 'Carol Cole');

		$this->assertSame(201, $response->getStatus());
		$this->assertFalse($response->isThrottled());
		$data = $response->getData();
		$this->assertSame(['requestId', 'secret', 'code', 'expiresAt', 'mode'], array_keys($data));
		$this->assertMatchesRegularExpression('/^[A-Za-z0-9]{32}$/', $data['requestId']);
		$this->assertMatchesRegularExpression('/^[A-Za-z0-9]{48}$/', $data['secret']);
		$this->assertMatchesRegularExpression('/^[0-9]{3} [0-9]{3}$/', $data['code']);
		$this->assertSame(self::NOW + 900, $data['expiresAt']);
		$this->assertSame('approve', $data['mode']);

		$rows = $this->requestRows();
		$this->assertCount(1, $rows);
		$row = $rows[0];
		$this->assertSame($data['requestId'], $row['request_id']);
		$this->assertSame(str_replace(' ', '', $data['code']), $row['code']);
		$this->assertSame('requested', $row['status']);
		$this->assertSame(100, (int)$row['file_id']);
		$this->assertSame('alice', $row['share_owner']);
		$this->assertSame('alice', $row['shared_by']);
		foreach (['answered_at', 'decided_at', 'decided_by', 'checklist', 'released_by', 'first_used_at', 'share_deleted_at'] as $column) {
			$this->assertNull($row[$column], $column);
		}
		$this->assertSame('approve', $row['mode']);
		$this->assertSame(self::NOW, (int)$row['created_at']);
		$this->assertSame(self::NOW + 900, (int)$row['expires_at']);
		$this->assertSame(1, (int)$row['share_id']);
		$this->assertSame('DemoContract001', $row['share_token']);
		$this->assertSame('Contract.pdf', $row['file_name']);
		$this->assertSame('Carol Cole', $row['requester_name']);
		$this->assertNull($row['requester_email']);
	}

	public function testAnEmailShareRecordsItsRecipientAndMode(): void {
		$this->addPublicShare(['id' => '2', 'token' => 'DemoMedical0002', 'type' => IShare::TYPE_EMAIL,
			'sharedWith' => 'carol@example.com', 'target' => '/Medical report.pdf', 'verification' => 'password']);

		$response = $this->requestController()->create('DemoMedical0002', 'Carol');

		$this->assertSame(201, $response->getStatus());
		$this->assertSame('password', $response->getData()['mode']);
		$row = $this->requestRows()[0];
		$this->assertSame('carol@example.com', $row['requester_email']);
		$this->assertSame('Medical report.pdf', $row['file_name']);
		$this->assertSame('password', $row['mode']);
	}

	public function testTheSecretAndTheSessionNonceAreStoredOnlyAsKeyedHashes(): void {
		$data = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$row = $this->requestRows()[0];
		$nonce = $this->session()->get(RequestSessionBinding::SESSION_KEY)[$data['requestId']];
		foreach ($row as $column => $value) {
			$this->assertStringNotContainsString($data['secret'], (string)$value, "column $column");
			$this->assertStringNotContainsString($nonce, (string)$value, "column $column");
		}
		$key = 'video_verification/request/' . self::SERVER_SECRET;
		$this->assertSame(hash_hmac('sha256', $data['secret'], $key), $row['secret_hash']);
		$this->assertSame(hash_hmac('sha256', $nonce, $key), $row['session_hash']);
	}

	public function testTheCodeComesFromISecureRandomAsSixUniformDigits(): void {
		$this->random->scripted = [str_repeat('a', 32), str_repeat('b', 48), '007042'];

		$data = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$this->assertSame('007 042', $data['code'], 'leading zeros are codes like any other');
		$this->assertSame(['length' => 6, 'characters' => ISecureRandom::CHAR_DIGITS, 'value' => '007042'], $this->random->calls[2]);
		$this->assertSame(str_repeat('a', 32), $data['requestId']);
		$this->assertSame(ISecureRandom::CHAR_ALPHANUMERIC, $this->random->calls[0]['characters']);
		$this->assertSame(ISecureRandom::CHAR_ALPHANUMERIC, $this->random->calls[1]['characters']);
	}

	public static function unknownTokens(): array {
		return [
			'no such share' => ['NoSuchShare0001'],
			'empty' => [''],
			'missing' => [null],
			'a number' => [42],
			'a list' => [['DemoContract001']],
			'longer than any token' => [str_repeat('a', 33)],
			'with a space' => ['Demo Contract'],
		];
	}

	/**
	 * @dataProvider unknownTokens
	 */
	public function testAnUnknownTokenIsAThrottled404(mixed $token): void {
		$this->assertThrottledError(404, 'share_not_found', $this->requestController()->create($token, 'Carol'));
		$this->assertSame([], $this->requestRows());
	}

	public static function sharesWithoutOurVerification(): array {
		return [
			'Talk flag without our settings (Talk\'s own flow)' => [['verification' => null]],
			'our settings but the Talk flag off' => [['sendPasswordByTalk' => false]],
			'a user share' => [['type' => IShare::TYPE_USER]],
			'a group share' => [['type' => IShare::TYPE_GROUP]],
		];
	}

	/**
	 * @dataProvider sharesWithoutOurVerification
	 */
	public function testAShareWithoutOurVerificationLooksExactlyLikeAnUnknownOne(array $properties): void {
		$this->addPublicShare(['id' => '9', 'token' => 'OtherShare00009'] + $properties);

		$response = $this->requestController()->create('OtherShare00009', 'Carol');
		$unknown = $this->requestController()->create('NoSuchShare0001', 'Carol');

		$this->assertThrottledError(404, 'share_not_found', $response);
		$this->assertSame($unknown->getData(), $response->getData());
		$this->assertSame([], $this->requestRows());
	}

	public function testTalkUnavailableForTheSharerIsAThrottled412(): void {
		$this->talkUsers = [];

		$this->assertThrottledError(412, 'talk_unavailable', $this->requestController()->create('DemoContract001', 'Carol'));
		$this->assertSame([], $this->requestRows());
	}

	public static function invalidNames(): array {
		return [
			'empty' => [''],
			'only spaces' => ["   \u{00A0} "],
			'missing' => [null],
			'a number' => [42],
			'a list' => [['Carol']],
			'65 characters' => [str_repeat('x', 65)],
			'a megabyte' => [str_repeat('x', 1 << 20)],
			'a line break' => ["Carol\nCole"],
			'a tab' => ["Carol\tCole"],
			'NUL' => ["Carol\0"],
			'DEL' => ["Carol\x7F"],
			'a C1 control' => ["Carol\u{0085}"],
			'a right-to-left override' => ["Carol \u{202E}fdp.exe"],
			'a line separator' => ["Carol\u{2028}Cole"],
			'a private-use character' => ["Carol \u{E000}"],
			'invalid UTF-8' => ["Carol \xC3\x28"],
			'only zero-width spaces' => ["\u{200B}\u{200B}"],
		];
	}

	/**
	 * @dataProvider invalidNames
	 */
	public function testAnInvalidNameIsAThrottled400AndRecordsNothing(mixed $name): void {
		$this->assertThrottledError(400, 'invalid_display_name', $this->requestController()->create('DemoContract001', $name));
		$this->assertSame([], $this->requestRows());
		$this->assertNull($this->session()->get(RequestSessionBinding::SESSION_KEY));
	}

	public function testMarkupInANameIsStoredAsTheTextItIs(): void {
		$name = '<img src=x onerror=alert(1)> & "Co"';

		$this->assertSame(201, $this->requestController()->create('DemoContract001', $name)->getStatus());

		$this->assertSame($name, $this->requestRows()[0]['requester_name']);
	}

	public function testANameIsTrimmedAndNormalizedBeforeItIsStored(): void {
		$this->requestController()->create('DemoContract001', "  Zoe\u{0301}\u{00A0}\u{00A0}Zimmer ");

		$this->assertSame("Zo\u{00E9} Zimmer", $this->requestRows()[0]['requester_name']);
	}

	public function testSixtyFourCharactersAreCountedAsCharactersNotBytes(): void {
		$name = str_repeat("\u{00E9}", 64);

		$this->assertSame(201, $this->requestController()->create('DemoContract001', $name)->getStatus());
		$this->assertSame($name, $this->requestRows()[0]['requester_name']);
	}

	public function testAShareHasAtMostThreeLiveRequestsAndAFullShareIsNoBruteForceFailure(): void {
		for ($i = 0; $i < 3; $i++) {
			$this->assertSame(201, $this->requestController("browser $i")->create('DemoContract001', 'Carol')->getStatus());
		}

		$response = $this->requestController('another browser')->create('DemoContract001', 'Carol');
		$this->assertSame(429, $response->getStatus());
		$this->assertSame('too_many_requests', $response->getData()['error']);
		$this->assertFalse($response->isThrottled(), 'a full share is no guess: a real recipient retrying must not be locked out');
		$this->assertCount(3, $this->requestRows());
	}

	public function testABrowserSessionHasAtMostOneOpenRequest(): void {
		$first = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$second = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$third = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$statuses = array_column($this->requestRows(), 'status', 'request_id');
		$this->assertSame(['cancelled', 'cancelled', 'requested'], [$statuses[$first['requestId']], $statuses[$second['requestId']], $statuses[$third['requestId']]]);
		$this->assertSame(201, $this->requestController('browser 1')->create('DemoContract001', 'Carol')->getStatus());
		$this->assertSame(201, $this->requestController('browser 2')->create('DemoContract001', 'Carol')->getStatus(), 'one session held one place, not three');
	}

	public function testACancelledRequestFreesItsPlaceAtOnce(): void {
		$first = $this->requestController('browser 0')->create('DemoContract001', 'Carol')->getData();
		$this->requestController('browser 1')->create('DemoContract001', 'Carol');
		$this->requestController('browser 2')->create('DemoContract001', 'Carol');

		$this->requestController('browser 0', $first['secret'])->cancel($first['requestId']);

		$this->assertSame(201, $this->requestController('browser 3')->create('DemoContract001', 'Carol')->getStatus());
		$this->assertSame(429, $this->requestController('browser 4')->create('DemoContract001', 'Carol')->getStatus());
	}

	public function testAPageThatStopsPollingIsAbandonedWithinThirtySecondsAndFreesItsPlace(): void {
		$held = [];
		for ($i = 0; $i < 3; $i++) {
			$held[$i] = $this->requestController("browser $i")->create('DemoContract001', 'Carol')->getData();
		}
		// Browsers 1 and 2 keep polling, browser 0 crashed (no DELETE, no poll).
		for ($t = 0; $t < 3; $t++) {
			$this->now += 10;
			foreach ([1, 2] as $i) {
				$this->requestController("browser $i", $held[$i]['secret'])->show($held[$i]['requestId']);
			}
		}
		$this->assertSame(201, $this->requestController('browser 3')->create('DemoContract001', 'Carol')->getStatus(), '30 s without a poll: abandoned');
		$this->assertSame(429, $this->requestController('browser 4')->create('DemoContract001', 'Carol')->getStatus(), 'the pages that poll keep theirs');

		$this->assertSame('abandoned', $this->requestController('browser 0', $held[0]['secret'])->show($held[0]['requestId'])->getData()['status']);
		$this->assertSame('abandoned', array_column($this->requestRows(), 'status', 'request_id')[$held[0]['requestId']], 'stored as abandoned');
	}

	public function testTenRequestsCreatedAndCancelledDoNotLockTheShare(): void {
		for ($i = 0; $i < 10; $i++) {
			$data = $this->requestController("browser $i")->create('DemoContract001', 'Carol')->getData();
			$this->requestController("browser $i", $data['secret'])->cancel($data['requestId']);
		}

		$this->assertSame(201, $this->requestController('the real recipient')->create('DemoContract001', 'Carol')->getStatus());
	}

	public function testOtherSharesHaveTheirOwnLimit(): void {
		$this->addPublicShare(['id' => '3', 'token' => 'DemoBankStmt003']);
		for ($i = 0; $i < 3; $i++) {
			$this->requestController()->create('DemoContract001', 'Carol');
		}

		$this->assertSame(201, $this->requestController()->create('DemoBankStmt003', 'Carol')->getStatus());
	}

	public function testReplayingTheSamePostMakesASecondRequestWithItsOwnSecret(): void {
		$first = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$second = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$this->assertNotSame($first['requestId'], $second['requestId']);
		$this->assertNotSame($first['secret'], $second['secret']);
		$this->assertCount(2, $this->requestRows());
		$this->assertThrottledError(404, 'request_not_found', $this->requestController('recipient', $first['secret'])->show($second['requestId']));
	}

	public function testTheConfiguredLifetimeIsUsedWithinSaneBounds(): void {
		$this->configuredTtl = 300;
		$this->assertSame(self::NOW + 300, $this->requestController()->create('DemoContract001', 'Carol')->getData()['expiresAt']);

		$this->configuredTtl = 5;
		$this->assertSame(self::NOW + 60, $this->requestController()->create('DemoContract001', 'Carol')->getData()['expiresAt']);

		$this->configuredTtl = 10_000_000;
		$this->assertSame(self::NOW + 86400, $this->requestController()->create('DemoContract001', 'Carol')->getData()['expiresAt']);
	}

	public function testTheCallerReadsItsRequestBack(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$response = $this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame(200, $response->getStatus());
		$this->assertFalse($response->isThrottled());
		$this->assertSame([
			'requestId' => $created['requestId'],
			'status' => 'requested',
			'code' => $created['code'],
			'expiresAt' => $created['expiresAt'],
			'mode' => 'approve',
			'idCheck' => null,
		], $response->getData());
	}

	public function testTheSessionBindingSurvivesANewSessionId(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$this->session()->regenerateId();

		$this->assertSame(200, $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getStatus());
	}

	public function testARequestedRequestPastItsExpiryReadsAsExpired(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		// The page polls all along (otherwise it is abandoned long before).
		while ($this->now + 20 < $created['expiresAt'] - 1) {
			$this->now += 20;
			$this->requestController('recipient', $created['secret'])->show($created['requestId']);
		}
		$this->now = $created['expiresAt'] - 1;
		$this->assertSame('requested', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
		$this->now = $created['expiresAt'];
		$response = $this->requestController('recipient', $created['secret'])->show($created['requestId']);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame('expired', $response->getData()['status']);
		$this->assertFalse($response->isThrottled());
	}

	public static function strangersToARequest(): array {
		return [
			'wrong secret' => ['recipient', 'wrong-secret', null],
			'no secret' => ['recipient', null, null],
			'the secret of another request' => ['recipient', 'other', null],
			'another browser with the right secret' => ['another browser', 'right', null],
			'unknown request id' => ['recipient', 'right', str_repeat('A', 32)],
			'malformed request id' => ['recipient', 'right', '../../etc/passwd'],
		];
	}

	/**
	 * @dataProvider strangersToARequest
	 */
	public function testOnlyTheCallingSessionWithTheSecretSeesOrCancelsTheRequest(string $browser, ?string $secret, ?string $requestId): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$other = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$secret = match ($secret) {
			'right' => $created['secret'],
			'other' => $other['secret'],
			default => $secret,
		};
		$requestId ??= $created['requestId'];
		$rowsBefore = $this->requestRows();

		$this->assertThrottledError(404, 'request_not_found', $this->requestController($browser, $secret)->show($requestId));
		$this->assertThrottledError(404, 'request_not_found', $this->requestController($browser, $secret)->cancel($requestId));
		$this->assertSame($rowsBefore, $this->requestRows());
	}

	public function testNotFoundAnswersTheSameWhateverWasWrong(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$wrongSecret = $this->requestController('recipient', 'wrong')->show($created['requestId']);
		$otherSession = $this->requestController('another browser', $created['secret'])->show($created['requestId']);
		$unknown = $this->requestController('recipient', $created['secret'])->show(str_repeat('B', 32));

		$this->assertSame($unknown->getData(), $wrongSecret->getData());
		$this->assertSame($unknown->getData(), $otherSession->getData());
	}

	public function testTheCallerCancelsItsOpenRequest(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();

		$response = $this->requestController('recipient', $created['secret'])->cancel($created['requestId']);

		$this->assertSame(200, $response->getStatus());
		$this->assertFalse($response->isThrottled());
		$this->assertSame('cancelled', $response->getData()['status']);
		$this->assertSame('cancelled', $this->requestRows()[0]['status']);
		$this->assertSame('cancelled', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
	}

	public function testCancellingTwiceAnswersAsTheFirstTime(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$first = $this->requestController('recipient', $created['secret'])->cancel($created['requestId']);

		$second = $this->requestController('recipient', $created['secret'])->cancel($created['requestId']);

		$this->assertSame(200, $second->getStatus());
		$this->assertFalse($second->isThrottled());
		$this->assertSame($first->getData(), $second->getData());
	}

	public function testCancellingAnExpiredRequestAnswersExpiredAndCancelsNothing(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->now = $created['expiresAt'];

		$response = $this->requestController('recipient', $created['secret'])->cancel($created['requestId']);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame('expired', $response->getData()['status']);
		$this->assertSame('expired', $this->requestRows()[0]['status'], 'the expiry is stored once the request is touched');
	}

	public function testRoutesAndSecurityAttributes(): void {
		$expected = [
			'create' => ['POST', '/api/v1/requests'],
			'show' => ['GET', '/api/v1/requests/{requestId}'],
			'cancel' => ['DELETE', '/api/v1/requests/{requestId}'],
		];
		foreach ($expected as $methodName => [$verb, $url]) {
			$method = new \ReflectionMethod(RequestController::class, $methodName);
			$route = $method->getAttributes(ApiRoute::class)[0]->newInstance();
			$this->assertSame([$verb, $url], [$route->getVerb(), $route->getUrl()]);
			$this->assertCount(1, $method->getAttributes(PublicPage::class), $methodName);
			$this->assertCount(0, $method->getAttributes(NoCSRFRequired::class), "$methodName: OCS-APIRequest or the request token is required");
			$bruteForce = $method->getAttributes(BruteForceProtection::class)[0]->newInstance();
			$this->assertSame('video_verification_request', $bruteForce->getAction());
			$this->assertGreaterThan(0, $method->getAttributes(AnonRateLimit::class)[0]->newInstance()->getLimit());
			$this->assertGreaterThan(0, $method->getAttributes(UserRateLimit::class)[0]->newInstance()->getLimit());
		}
		$this->assertCount(1, (new \ReflectionMethod(RequestController::class, 'create'))->getAttributes(UseSession::class), 'create writes the PHP session');
	}

	private function assertThrottledError(int $status, string $error, DataResponse $response): void {
		$this->assertSame($status, $response->getStatus());
		$data = $response->getData();
		$this->assertSame(['error', 'message'], array_keys($data));
		$this->assertSame($error, $data['error']);
		$this->assertNotSame('', $data['message']);
		$this->assertTrue($response->isThrottled(), 'every failure counts for brute-force protection');
		$this->assertSame(['action' => 'video_verification_request'], $response->getThrottleMetadata());
	}
}
