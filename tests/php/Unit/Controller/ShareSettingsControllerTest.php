<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Controller\ShareSettingsController;
use OCA\VideoVerification\Tests\Unit\ServiceStack;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\HintException;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class ShareSettingsControllerTest extends TestCase {
	use ServiceStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpStack();
	}

	public function testShowsTheSettingsOfALinkShareThatIsOff(): void {
		$this->addShare(['id' => '42']);

		$response = $this->controller()->show('42');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame([
			'shareId' => '42',
			'enabled' => false,
			'mode' => 'approve',
			'enabledBy' => null,
			'enabledAt' => null,
			'passwordGenerated' => false,
			'talkAvailable' => true,
		], $response->getData());
	}

	public function testShowReportsTalkUnavailableWithoutFailing(): void {
		$this->talkUsers = [];
		$this->addShare(['id' => '42']);

		$response = $this->controller()->show('42');

		$this->assertSame(200, $response->getStatus());
		$this->assertFalse($response->getData()['talkAvailable']);
	}

	public static function unknownShareIds(): array {
		return [
			'no such share' => ['999'],
			'not a number' => ['abc'],
			'zero' => ['0'],
			'leading zero' => ['042'],
			'negative' => ['-42'],
			'too long for BIGINT' => ['12345678901234567890'],
		];
	}

	/**
	 * @dataProvider unknownShareIds
	 */
	public function testUnknownShareIdIs404(string $shareId): void {
		$this->addShare(['id' => '42']);

		$this->assertError(404, 'share_not_found', $this->controller()->show($shareId));
		$this->assertError(404, 'share_not_found', $this->controller()->update($shareId, true, 'approve'));
		$this->assertSame([], $this->shareUpdates());
	}

	public function testShareOfAnotherUserLooksExactlyLikeAnUnknownShare(): void {
		$this->addShare(['id' => '42', 'owner' => 'bob', 'sharedBy' => 'bob']);

		$foreign = $this->controller('alice')->update('42', true, 'approve');
		$unknown = $this->controller('alice')->update('43', true, 'approve');

		$this->assertError(404, 'share_not_found', $foreign);
		$this->assertSame($unknown->getData(), $foreign->getData());
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testTheFileOwnerMayEditAShareSomeoneElseCreated(): void {
		$this->addShare(['id' => '42', 'owner' => 'alice', 'sharedBy' => 'bob']);

		$this->assertSame(200, $this->controller('alice')->update('42', true, 'approve')->getStatus());
	}

	public function testWithoutALoggedInUserEverythingIs404(): void {
		$this->addShare(['id' => '42']);

		$this->assertError(404, 'share_not_found', $this->controller(null)->show('42'));
		$this->assertError(404, 'share_not_found', $this->controller(null)->update('42', true, 'approve'));
	}

	public static function unsupportedShareTypes(): array {
		return [
			'user share' => [IShare::TYPE_USER],
			'group share' => [IShare::TYPE_GROUP],
		];
	}

	/**
	 * @dataProvider unsupportedShareTypes
	 */
	public function testUserAndGroupSharesAreRefused(int $type): void {
		$this->addShare(['id' => '42', 'type' => $type]);

		$this->assertError(400, 'unsupported_share_type', $this->controller()->show('42'));
		$this->assertError(400, 'unsupported_share_type', $this->controller()->update('42', true, 'approve'));
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testTalkDisabledForTheSharerIs412AndChangesNothing(): void {
		$this->talkUsers = ['alice'];
		$this->addShare(['id' => '42', 'owner' => 'alice', 'sharedBy' => 'bob']);

		$this->assertError(412, 'talk_unavailable', $this->controller('alice')->update('42', true, 'approve'));
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testPasswordModeWithoutAnyPasswordIs400(): void {
		$this->addShare(['id' => '42']);

		$this->assertError(400, 'password_required', $this->controller()->update('42', true, 'password'));
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testPasswordModeOnAnEmailShareNeedsTheNewPasswordInTheBody(): void {
		$this->addShare(['id' => '7', 'type' => IShare::TYPE_EMAIL, 'password' => 'hash:old secret', 'sharedWith' => 'carol@example.com']);

		$this->assertError(400, 'password_required', $this->controller()->update('7', true, 'password'));
		$this->assertSame([], $this->shareUpdates());
	}

	public static function malformedBodies(): array {
		return [
			'enabled missing' => [null, 'approve', null],
			'enabled a word' => ['yes', 'approve', null],
			'enabled a number' => [1, 'approve', null],
			'enabled a list' => [[true], 'approve', null],
			'unknown mode' => [true, 'video', null],
			'mode not a string' => [true, 1, null],
			'password a number' => [true, 'password', 12345],
			'password a list' => [true, 'password', ['secret']],
			'password too long' => [true, 'password', str_repeat('x', 1025)],
		];
	}

	/**
	 * @dataProvider malformedBodies
	 */
	public function testMalformedBodyIs400AndChangesNothing(mixed $enabled, mixed $mode, mixed $password): void {
		$this->addShare(['id' => '42']);

		$response = $this->controller()->update('42', $enabled, $mode, $password);

		$this->assertError(400, 'invalid_body', $response);
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testEnablingALinkShareWithoutPasswordGeneratesOne(): void {
		$this->addShare(['id' => '42']);

		$response = $this->controller()->update('42', true, 'approve');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame([
			'shareId' => '42',
			'enabled' => true,
			'mode' => 'approve',
			'enabledBy' => 'alice',
			'enabledAt' => self::NOW,
			'passwordGenerated' => true,
			'talkAvailable' => true,
		], $response->getData());
		$this->assertTrue($this->shareState('42')['sendPasswordByTalk']);
		$this->assertSame('hash:generated-1', $this->shareState('42')['password']);
	}

	public function testTheSameEnableRequestTwiceGivesTheSameResultWithoutASecondWrite(): void {
		$this->addShare(['id' => '42']);
		$first = $this->controller()->update('42', true, 'approve');
		$updatesAfterFirst = $this->shareUpdates();
		$rowsAfterFirst = $this->settingsRows();

		$second = $this->controller()->update('42', true, 'approve');

		$this->assertSame($first->getStatus(), $second->getStatus());
		$this->assertSame($first->getData(), $second->getData());
		$this->assertCount(1, $updatesAfterFirst);
		$this->assertSame($updatesAfterFirst, $this->shareUpdates());
		$this->assertSame($rowsAfterFirst, $this->settingsRows());
	}

	public function testTheSamePasswordModeRequestTwiceWritesOnce(): void {
		$this->addShare(['id' => '7', 'type' => IShare::TYPE_EMAIL, 'password' => 'hash:old', 'sharedWith' => 'carol@example.com']);
		$first = $this->controller()->update('7', true, 'password', 'Tell me in the call 1');

		$second = $this->controller()->update('7', true, 'password', 'Tell me in the call 1');

		$this->assertSame(200, $second->getStatus());
		$this->assertSame($first->getData(), $second->getData());
		$this->assertCount(1, $this->shareUpdates());
	}

	public function testTheSameDisableRequestTwiceWritesOnce(): void {
		$this->addShare(['id' => '42']);
		$this->controller()->update('42', true, 'approve');

		$first = $this->controller()->update('42', false);
		$second = $this->controller()->update('42', false);

		$this->assertSame(200, $first->getStatus());
		$this->assertSame(200, $second->getStatus());
		$this->assertFalse($first->getData()['enabled']);
		$this->assertFalse($second->getData()['enabled']);
		$this->assertTrue($first->getData()['passwordGenerated'], 'the UI tells the sharer to set their own password');
		$this->assertCount(2, $this->shareUpdates(), 'one write to switch on, one to switch off');
		$this->assertFalse($this->shareState('42')['sendPasswordByTalk']);
		$this->assertSame([], $this->settingsRows());
	}

	public function testFormEncodedBooleansAreAccepted(): void {
		$this->addShare(['id' => '42']);

		$this->assertTrue($this->controller()->update('42', 'true', 'approve')->getData()['enabled']);
		$this->assertFalse($this->controller()->update('42', 'false')->getData()['enabled']);
	}

	public function testAPasswordThePolicyRejectsIs400AndChangesNothing(): void {
		$this->dispatcher->method('dispatchTyped')->willThrowException(new HintException('too short', 'The password is too short.'));
		$this->addShare(['id' => '42']);

		$response = $this->controller()->update('42', true, 'password', 'abc');

		$this->assertError(400, 'password_rejected', $response);
		$this->assertSame('The password is too short.', $response->getData()['message']);
		$this->assertSame([], $this->shareUpdates());
		$this->assertSame([], $this->settingsRows());
	}

	public function testARefusalOfTheShareManagerIs400WithItsMessage(): void {
		$this->addShare(['id' => '42']);
		$this->refuseShareUpdatesWith = new \InvalidArgumentException('Expiration date is in the past');

		$response = $this->controller()->update('42', true, 'approve');

		$this->assertError(400, 'share_update_failed', $response);
		$this->assertSame('Expiration date is in the past', $response->getData()['message']);
		$this->assertFalse($this->shareState('42')['sendPasswordByTalk']);
		$this->assertSame([], $this->settingsRows());
	}

	public function testRoutesAndSecurityAttributes(): void {
		$show = new \ReflectionMethod(ShareSettingsController::class, 'show');
		$update = new \ReflectionMethod(ShareSettingsController::class, 'update');

		$showRoute = $show->getAttributes(ApiRoute::class)[0]->newInstance();
		$updateRoute = $update->getAttributes(ApiRoute::class)[0]->newInstance();
		$this->assertSame(['GET', '/api/v1/shares/{shareId}'], [$showRoute->getVerb(), $showRoute->getUrl()]);
		$this->assertSame(['PUT', '/api/v1/shares/{shareId}'], [$updateRoute->getVerb(), $updateRoute->getUrl()]);
		$this->assertCount(1, $show->getAttributes(NoAdminRequired::class));
		$this->assertCount(1, $update->getAttributes(NoAdminRequired::class));
		$rateLimit = $update->getAttributes(UserRateLimit::class)[0]->newInstance();
		$this->assertGreaterThan(0, $rateLimit->getLimit());
	}

	private function assertError(int $status, string $error, DataResponse $response): void {
		$this->assertSame($status, $response->getStatus());
		$data = $response->getData();
		$this->assertSame(['error', 'message'], array_keys($data));
		$this->assertSame($error, $data['error']);
		$this->assertNotSame('', $data['message']);
	}
}
