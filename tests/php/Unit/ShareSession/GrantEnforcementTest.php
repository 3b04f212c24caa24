<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSession;

use OCA\Files_Sharing\Controller\ShareController;
use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Exception\GrantEndedException;
use OCA\VideoVerification\Listener\PublicDavGrantListener;
use OCA\VideoVerification\Middleware\GrantEnforcementMiddleware;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\ShareSession\GrantEnforcer;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\Response;
use OCP\BeforeSabrePubliclyLoadedEvent;
use OCP\IAppConfig;
use OCP\IRequest;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;
use Sabre\DAV\Exception\NotAuthenticated;

/**
 * Every unlock is a grant row; a grant that ended (revoked, past the lifetime, password
 * changed, verification off, share deleted) stops the share page, the download and public
 * WebDAV for that browser session on its next request.
 */
class GrantEnforcementTest extends TestCase {
	use RequestStack;

	private int $grantTtlMinutes = 0;
	private string $sharePassword = self::SHARE_PASSWORD_HASH;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testAnUnlockCreatesAGrantOfTheRequestShareAndBrowserSession(): void {
		$requestId = $this->unlockByApproval();

		$grants = (new GrantMapper($this->db))->findActiveByShare(1);
		$this->assertCount(1, $grants);
		$this->assertSame($requestId, $grants[0]->requestId);
		$this->assertSame($this->mapper()->find($requestId)?->sessionHash, $grants[0]->sessionHash, 'the session binding\'s hash, not the session id');
		$this->assertSame([$this->now, $this->now], [$grants[0]->createdAt, $grants[0]->lastUsedAt]);
		$this->assertSame($grants[0]->id, $this->shareSession()->grantId($this->share()));
	}

	public function testAnActiveGrantLetsThroughAndWritesItsLastUseAtMostOnceAMinute(): void {
		$this->unlockByApproval();
		$unlockedAt = $this->now;

		$this->now = $unlockedAt + 59;
		$this->assertFalse($this->enforcer()->enforce($this->share()));
		$this->assertSame($unlockedAt, $this->grant()->lastUsedAt, 'not yet a minute');

		$this->now = $unlockedAt + 60;
		$this->assertFalse($this->enforcer()->enforce($this->share()));
		$this->assertSame($unlockedAt + 60, $this->grant()->lastUsedAt);
		$this->assertArrayHasKey('DemoContract001', $this->frontendMap());
	}

	public function testARevokedGrantIsTakenBackFromTheSessionOnItsNextRequest(): void {
		$this->unlockByApproval();
		(new GrantMapper($this->db))->end($this->grant()->id, $this->now, GrantEndReason::Revoked, 'alice');

		$this->assertSame(GrantEndReason::Revoked, $this->enforcer()->endedGrant($this->share()));
		$this->assertTrue($this->enforcer()->enforce($this->share()));

		$this->assertSame([], $this->frontendMap());
		$this->assertFalse($this->session()->exists(ShareSessionAccess::DAV_KEY));
		$this->assertNull($this->shareSession()->grantId($this->share()));
		$this->assertFalse($this->enforcer()->enforce($this->share()), 'nothing of ours left in the session');
	}

	/**
	 * @return array<string, array{0: callable(self): void, 1: GrantEndReason}>
	 */
	public static function endings(): array {
		return [
			'past the lifetime' => [static function (self $test): void {
				$test->grantTtlMinutes = 30;
				$test->now += 30 * 60;
			}, GrantEndReason::Expired],
			'password changed' => [static function (self $test): void {
				$test->sharePassword = '3|hash-of-a-new-password';
			}, GrantEndReason::PasswordChanged],
			'verification off' => [static function (self $test): void {
				(new ShareSettingsMapper($test->db))->delete(1);
			}, GrantEndReason::VerificationOff],
		];
	}

	/**
	 * @dataProvider endings
	 * @param callable(self): void $change
	 */
	public function testAGrantEndsAndTheRowSaysWhy(callable $change, GrantEndReason $reason): void {
		$this->unlockByApproval();
		$change($this);

		$this->assertTrue($this->enforcer()->enforce($this->share()));

		$grant = (new GrantMapper($this->db))->find($this->grantIdOf(0));
		$this->assertSame($reason, $grant?->endReason);
		$this->assertSame($this->now, $grant?->endedAt);
		$this->assertSame([], (new GrantMapper($this->db))->findActiveByShare(1));
	}

	public function testDeletingTheShareEndsEveryGrantOfIt(): void {
		$this->unlockByApproval();
		$share = $this->share();

		$this->shareDeletedListener()->handle(new \OCP\Share\Events\ShareDeletedEvent($share));

		$this->assertSame(GrantEndReason::ShareDeleted, (new GrantMapper($this->db))->find($this->grantIdOf(0))?->endReason);
	}

	public function testASessionOpenedWithThePasswordHasNoGrantAndIsLeftAlone(): void {
		$this->session()->set(ShareSessionAccess::FRONTEND_KEY, json_encode(['DemoContract001' => self::SHARE_PASSWORD_HASH]));
		(new ShareSettingsMapper($this->db))->delete(1);

		$this->assertNull($this->enforcer()->endedGrant($this->share()));
		$this->assertFalse($this->enforcer()->enforce($this->share()));
		$this->assertSame(['DemoContract001' => self::SHARE_PASSWORD_HASH], $this->frontendMap());
	}

	public function testTheMiddlewareSendsTheShareAndItsDownloadToThePasswordPage(): void {
		$this->unlockByApproval();
		$middleware = $this->middleware();
		foreach (['showShare', 'downloadShare'] as $method) {
			$controller = $this->shareController();
			$middleware->beforeController($controller, $method);
		}

		(new GrantMapper($this->db))->end($this->grant()->id, $this->now, GrantEndReason::Revoked, 'alice');
		$controller = $this->shareController();
		try {
			$middleware->beforeController($controller, 'downloadShare');
			$this->fail('expected GrantEndedException');
		} catch (GrantEndedException $e) {
			$response = $middleware->afterException($controller, 'downloadShare', $e);
		}

		$this->assertSame(303, $response->getStatus());
		$this->assertInstanceOf(\OCP\AppFramework\Http\RedirectResponse::class, $response);
		$this->assertSame('/index.php/s/DemoContract001/authenticate/downloadShare', $response->getRedirectURL());
		$this->assertSame([], $this->frontendMap(), 'the session no longer holds the share');
		$middleware->beforeController($this->shareController(), 'showShare');
	}

	public function testTheMiddlewareLeavesOtherControllersMethodsAndErrorsAlone(): void {
		$this->unlockByApproval();
		(new GrantMapper($this->db))->end($this->grant()->id, $this->now, GrantEndReason::Revoked, 'alice');
		$middleware = $this->middleware();

		$middleware->beforeController($this->shareController(), 'showAuthenticate');
		$middleware->beforeController($this->createMock(\OCP\AppFramework\Controller::class), 'showShare');
		$this->assertArrayHasKey('DemoContract001', $this->frontendMap());

		$other = new \RuntimeException('other');
		$this->expectExceptionObject($other);
		$middleware->afterException($this->shareController(), 'showShare', $other);
	}

	public function testPublicWebDavAnswers401OnceTheGrantHasEnded(): void {
		$this->unlockByApproval();
		$server = new class {
			/** @var list<array{0: string, 1: callable, 2: int}> */
			public array $listeners = [];

			public function on(string $event, callable $callback, int $priority = 100): void {
				$this->listeners[] = [$event, $callback, $priority];
			}
		};
		$this->davListener('/public.php/dav/files/DemoContract001/Contract.pdf')->handle(new BeforeSabrePubliclyLoadedEvent($server));
		$this->assertCount(1, $server->listeners);
		[$event, $callback, $priority] = $server->listeners[0];
		$this->assertSame(['beforeMethod:*', PublicDavGrantListener::PRIORITY], [$event, $priority]);

		$callback();

		(new GrantMapper($this->db))->end($this->grant()->id, $this->now, GrantEndReason::Revoked, 'alice');
		try {
			$callback();
			$this->fail('expected NotAuthenticated');
		} catch (NotAuthenticated $e) {
			$this->assertSame(401, $e->getHTTPCode());
		}
		$this->davListener('/public.php/dav/files/OtherShare00001/')->check();
		$this->davListener('/public.php/webdav/', 'Basic ' . base64_encode('OtherShare00001:x'))->check();
		$this->davListener('/public.php/webdav/', 'Basic !!!')->check();
		$this->davListener('/public.php/webdav/')->check();
		$this->expectException(NotAuthenticated::class);
		$this->davListener('/public.php/webdav/Contract.pdf', 'Basic ' . base64_encode('DemoContract001:anything'))->check();
	}

	public function testPublicWebDavEndsTheGrantWhenItsLifetimeIsOver(): void {
		$this->unlockByApproval();
		$this->grantTtlMinutes = 30;
		$this->now += 30 * 60;

		$this->expectException(NotAuthenticated::class);
		try {
			$this->davListener('/public.php/dav/files/DemoContract001')->check();
		} finally {
			$this->assertSame(GrantEndReason::Expired, $this->grant()->endReason);
		}
	}

	private function davListener(string $uri, string $authorization = ''): PublicDavGrantListener {
		$request = $this->createMock(IRequest::class);
		$request->method('getRequestUri')->willReturn($uri);
		$request->method('getHeader')->willReturnCallback(static fn (string $name): string => strtolower($name) === 'authorization' ? $authorization : '');
		return new PublicDavGrantListener($request, $this->shares(), $this->enforcer());
	}

	private function middleware(): GrantEnforcementMiddleware {
		return new GrantEnforcementMiddleware($this->shares(), $this->enforcer());
	}

	private function shares(): IManager {
		$manager = $this->createMock(IManager::class);
		$manager->method('getShareByToken')->willReturnCallback(fn (string $token): IShare => $token === 'DemoContract001' ? $this->share() : throw new ShareNotFound());
		return $manager;
	}

	private function shareController(): ShareController {
		$controller = new ShareController('files_sharing', $this->createMock(IRequest::class));
		$controller->setToken('DemoContract001');
		return $controller;
	}

	private function enforcer(): GrantEnforcer {
		$grants = new GrantMapper($this->db);
		return new GrantEnforcer($this->shareSession(), $grants, new ShareSettingsMapper($this->db), $this->policy(), $this->time());
	}

	private function shareSession(): ShareSessionAccess {
		return new ShareSessionAccess($this->session(), $this->time(), $this->policy(), new GrantMapper($this->db));
	}

	private function policy(): AdminPolicy {
		$appConfig = $this->createMock(IAppConfig::class);
		$appConfig->method('getValueInt')->willReturnCallback(
			fn (string $app, string $key, int $default = 0): int => $key === AdminPolicy::KEY_GRANT_TTL ? $this->grantTtlMinutes : $default,
		);
		return new AdminPolicy($appConfig);
	}

	private function share(): IShare {
		$share = $this->createMock(IShare::class);
		$share->method('getToken')->willReturn('DemoContract001');
		$share->method('getId')->willReturn('1');
		$share->method('getShareType')->willReturn(IShare::TYPE_LINK);
		$share->method('getPassword')->willReturnCallback(fn (): string => $this->sharePassword);
		return $share;
	}

	private function grant(): \OCA\VideoVerification\Db\Grant {
		$grant = (new GrantMapper($this->db))->find($this->grantIdOf(0));
		$this->assertNotNull($grant);
		return $grant;
	}

	private function grantIdOf(int $index): int {
		return (int)$this->db->executeQuery('SELECT `id` FROM `*PREFIX*vv_grants` ORDER BY `id`')->fetchAllAssociative()[$index]['id'];
	}

	private function unlockByApproval(): string {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkAnswers('DemoContract001');
		$this->assertSame(200, $this->decisionController('alice')->approve($created['requestId'])->getStatus());
		$this->assertSame('used', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
		return $created['requestId'];
	}

	/**
	 * @return array<string, string>
	 */
	private function frontendMap(): array {
		$decoded = json_decode((string)$this->session()->get(ShareSessionAccess::FRONTEND_KEY), true);
		return is_array($decoded) ? $decoded : [];
	}
}
