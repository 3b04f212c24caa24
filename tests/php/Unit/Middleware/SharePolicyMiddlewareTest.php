<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Middleware;

use OCA\VideoVerification\Tests\Support\ApplicationBootstrap;
use OCA\Files_Sharing\Controller\ShareAPIController;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Middleware\GrantEnforcementMiddleware;
use OCA\VideoVerification\Middleware\SharePolicyMiddleware;
use OCA\VideoVerification\Tests\Unit\PolicyFixtures;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\AppFramework\Controller;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * files_sharing's own update API may not switch off Password via Talk on a share the
 * administrator requires it for (Nextcloud 33 and 34 dispatch no update event).
 */
class SharePolicyMiddlewareTest extends TestCase {
	use ShareFixtures;
	use PolicyFixtures;

	private const REFUSAL = 'Your administrator requires Password via Talk for this share. It cannot be turned off.';

	/** How often the middleware looked a share up: it must not for requests it does not judge. */
	private int $lookups = 0;

	protected function setUp(): void {
		parent::setUp();
		// alice is in "sharers"; bob in no group
		$this->setPolicy(['sharers']);
		$this->addShare(['id' => '42', 'password' => 'hash:generated', 'sendPasswordByTalk' => true]);
		$this->addShare(['id' => '43', 'type' => IShare::TYPE_EMAIL, 'sharedWith' => 'carol@example.com', 'password' => 'hash:generated', 'sendPasswordByTalk' => true]);
		$this->addShare(['id' => '44', 'password' => 'hash:old']);
		$this->addShare(['id' => '45', 'owner' => 'bob', 'sharedBy' => 'bob', 'password' => 'hash:bobs', 'sendPasswordByTalk' => true]);
		$this->addShare(['id' => '46', 'type' => IShare::TYPE_USER, 'sharedWith' => 'bob', 'sendPasswordByTalk' => true]);
		$this->addShare(['id' => '47', 'password' => 'hash:generated', 'sendPasswordByTalk' => true, 'permissions' => 0]);
	}

	/**
	 * @return iterable<string, array{array<string, mixed>}>
	 */
	public static function switchingOff(): iterable {
		yield 'the flag "false", as Nextcloud\'s checkbox sends it' => [['sendPasswordByTalk' => 'false']];
		yield 'any other string than "true"' => [['sendPasswordByTalk' => 'no']];
		yield 'an empty flag' => [['sendPasswordByTalk' => '']];
		yield 'the flag off with the new password an e-mail share needs' => [['sendPasswordByTalk' => 'false', 'password' => 'Fresh-Password-1']];
		yield 'removing the password the flag needs' => [['password' => '']];
		yield 'the flag off with other changes' => [['sendPasswordByTalk' => 'false', 'note' => 'hi', 'expireDate' => '2030-01-01']];
	}

	/**
	 * @dataProvider switchingOff
	 * @param array<string, mixed> $parameters
	 */
	public function testARequiredLinkShareIsNotSwitchedOff(array $parameters): void {
		$this->assertRefused('alice', ['id' => '42'] + $parameters);
	}

	/**
	 * @dataProvider switchingOff
	 * @param array<string, mixed> $parameters
	 */
	public function testARequiredEmailShareIsNotSwitchedOff(array $parameters): void {
		$this->assertRefused('alice', ['id' => '43'] + $parameters);
	}

	public function testTheFileOwnerIsRefusedLikeTheInitiator(): void {
		$this->shareState('42')['sharedBy'] = 'carol';
		$this->groupMembers['carol'] = ['sharers'];

		$this->assertRefused('alice', ['id' => '42', 'sendPasswordByTalk' => 'false']);
	}

	/**
	 * @return iterable<string, array{array<string, mixed>}>
	 */
	public static function keepingItOn(): iterable {
		yield 'the flag "true"' => [['sendPasswordByTalk' => 'true']];
		yield 'a new password' => [['password' => 'Another-Password-2']];
		yield 'a new password with the flag on' => [['password' => 'Another-Password-2', 'sendPasswordByTalk' => 'true']];
		yield 'no flag: a note' => [['note' => 'Please call me first']];
		yield 'no flag: permissions and expiry' => [['permissions' => 1, 'expireDate' => '2030-01-01']];
		yield 'password null' => [['password' => null, 'label' => 'Contract']];
	}

	/**
	 * @dataProvider keepingItOn
	 * @param array<string, mixed> $parameters
	 */
	public function testUpdatesThatKeepItOnPass(array $parameters): void {
		$this->assertPasses('alice', ['id' => '42'] + $parameters);
		$this->assertSame(0, $this->lookups, 'nothing to judge: no share looked up');
	}

	public function testSharesOutsideThePolicyPass(): void {
		$this->assertPasses('bob', ['id' => '45', 'sendPasswordByTalk' => 'false'], 'bob is in no required group');
		$this->assertPasses('alice', ['id' => '46', 'sendPasswordByTalk' => 'false'], 'a user share');
		$this->assertPasses('alice', ['id' => '44', 'sendPasswordByTalk' => 'false'], 'verification is off already');
		$this->assertPasses('alice', ['id' => '44', 'password' => ''], 'verification is off already');

		$this->setPolicy([]);
		$this->assertPasses('alice', ['id' => '42', 'sendPasswordByTalk' => 'false'], 'no required groups');
	}

	public function testSomeoneWhoMayNotEditTheShareLearnsNothingHere(): void {
		// files_sharing answers them with its own 403/404, as for any other share
		$this->assertPasses('bob', ['id' => '42', 'sendPasswordByTalk' => 'false'], 'not owner nor initiator');
		$this->assertPasses('alice', ['id' => '47', 'sendPasswordByTalk' => 'false'], 'permissions 0');
		$this->assertPasses(null, ['id' => '42', 'sendPasswordByTalk' => 'false'], 'not logged in');
	}

	public function testOtherControllersAndMethodsAreUntouched(): void {
		$request = ['id' => '42', 'sendPasswordByTalk' => 'false', 'password' => ''];
		foreach (['createShare', 'deleteShare', 'getShare', 'acceptShare', 'updateShares', 'UpdateShare'] as $method) {
			$this->middleware('alice', $request)->beforeController($this->createMock(ShareAPIController::class), $method);
		}
		$this->middleware('alice', $request)->beforeController($this->createMock(OCSController::class), 'updateShare');
		$this->middleware('alice', $request)->beforeController($this->createMock(Controller::class), 'updateShare');

		$this->assertSame(0, $this->lookups);
		$this->assertSame([], $this->shareUpdates());
	}

	/**
	 * @return iterable<string, array{array<string, mixed>}>
	 */
	public static function badInput(): iterable {
		yield 'no id' => [['sendPasswordByTalk' => 'false']];
		yield 'an id with letters' => [['id' => '42abc', 'sendPasswordByTalk' => 'false']];
		yield 'id 0' => [['id' => '0', 'sendPasswordByTalk' => 'false']];
		yield 'a leading zero' => [['id' => '042', 'sendPasswordByTalk' => 'false']];
		yield 'twenty digits' => [['id' => '12345678901234567890', 'sendPasswordByTalk' => 'false']];
		yield 'an id array' => [['id' => ['42'], 'sendPasswordByTalk' => 'false']];
		yield 'an unknown id' => [['id' => '999', 'sendPasswordByTalk' => 'false']];
		// files_sharing takes ?string: a JSON boolean, number or list is a TypeError there (HTTP 500, nothing stored)
		yield 'a JSON false' => [['id' => '42', 'sendPasswordByTalk' => false]];
		yield 'a number' => [['id' => '42', 'sendPasswordByTalk' => 0]];
		yield 'a list' => [['id' => '42', 'sendPasswordByTalk' => ['false']]];
		yield 'a password list' => [['id' => '42', 'password' => ['']]];
	}

	/**
	 * @dataProvider badInput
	 * @param array<string, mixed> $parameters
	 */
	public function testBadInputIsLeftToFilesSharing(array $parameters): void {
		$this->assertPasses('alice', $parameters);
	}

	public function testTheAppRegistersItGlobally(): void {
		$middlewares = [];
		$context = $this->createMock(IRegistrationContext::class);
		$context->method('registerMiddleware')->willReturnCallback(
			static function (string $class, bool $global = false) use (&$middlewares): void {
				$middlewares[] = [$class, $global];
			},
		);

		ApplicationBootstrap::application()->register($context);

		$this->assertSame([[SharePolicyMiddleware::class, true], [GrantEnforcementMiddleware::class, true]], $middlewares);
	}

	/**
	 * @param array<string, mixed> $parameters
	 */
	private function assertRefused(?string $uid, array $parameters): void {
		try {
			$this->middleware($uid, $parameters)->beforeController($this->createMock(ShareAPIController::class), 'updateShare');
			$this->fail('The update was not refused');
		} catch (OCSForbiddenException $e) {
			$this->assertSame(403, $e->getCode());
			$this->assertSame(self::REFUSAL, $e->getMessage());
		}
		$this->assertSame([], $this->shareUpdates(), 'nothing changes on refusal');
		$this->assertTrue($this->shareState($parameters['id'])['sendPasswordByTalk']);
	}

	/**
	 * @param array<string, mixed> $parameters
	 */
	private function assertPasses(?string $uid, array $parameters, string $why = ''): void {
		try {
			$this->middleware($uid, $parameters)->beforeController($this->createMock(ShareAPIController::class), 'updateShare');
		} catch (OCSForbiddenException $e) {
			$this->fail('Refused although it should pass: ' . $why);
		}
		$this->assertSame([], $this->shareUpdates(), 'the middleware itself never writes');
	}

	/**
	 * @param array<string, mixed> $parameters the request's parameters (URL and body merged, as IRequest::getParam)
	 */
	private function middleware(?string $uid, array $parameters): SharePolicyMiddleware {
		$request = $this->createMock(IRequest::class);
		$request->method('getParam')->willReturnCallback(
			static fn (string $key, $default = null) => array_key_exists($key, $parameters) ? $parameters[$key] : $default,
		);
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($uid === null ? null : $this->user($uid));
		$l10nFactory = $this->createMock(IFactory::class);
		$l10nFactory->method('get')->with(Application::APP_ID)->willReturn($this->l10n());
		$shares = $this->shareManager();
		$counting = $this->createMock(\OCP\Share\IManager::class);
		$counting->method('getShareById')->willReturnCallback(function (string $id) use ($shares): IShare {
			$this->lookups++;
			return $shares->getShareById($id);
		});
		return new SharePolicyMiddleware($request, $counting, $session, $this->sharingPolicy(), $l10nFactory);
	}
}
