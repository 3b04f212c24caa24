<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Middleware;

use OCA\VideoVerification\Tests\Support\ApplicationBootstrap;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\AppFramework\ControllerDispatcher;
use OCA\VideoVerification\Demo\AppFramework\RouteLoader;
use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Environment;
use OCA\VideoVerification\Demo\Http\CsrfTokenManager;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Ocp\Bootstrap\DemoRegistrationContext;
use OCA\VideoVerification\Demo\Ocp\Session\PhpSession;
use OCA\VideoVerification\Demo\ServiceWiring;
use OCA\VideoVerification\Demo\Storage\DemoSchema;
use OCA\VideoVerification\Demo\Storage\ShareStore;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use OCA\VideoVerification\Tests\Unit\Request\InMemorySession;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IAppConfig;
use OCP\IRequest;
use OCP\ISession;
use PHPUnit\Framework\TestCase;

/**
 * files_sharing's own update API in the demo host, which runs the apps' middlewares around
 * its ShareAPIController as Nextcloud's dispatcher does, playing Nextcloud 34 (no share
 * update event) or 35 (ShareUpdatedEvent). Answers are checked against files_sharing's spec.
 */
class FilesSharingUpdateInDemoTest extends TestCase {
	private const REFUSAL = 'Your administrator requires Password via Talk for this share. It cannot be turned off.';
	/** Seeded: alice's link share of "Bank statement.pdf" with a password, Password via Talk off */
	private const SHARE_WITH_PASSWORD = 3;
	/** Seeded: alice's link share of "Contract.pdf" without password */
	private const SHARE_WITHOUT_PASSWORD = 1;

	private string $dataDir;
	/** @var array<string, InMemorySession> */
	private array $browsers = [];
	private int $nextcloudVersion = 34;
	/** @var list<string> */
	private array $violations = [];
	private static ?OpenApiValidator $validator = null;

	protected function setUp(): void {
		parent::setUp();
		$this->dataDir = sys_get_temp_dir() . '/vv-middleware-' . bin2hex(random_bytes(6));
		mkdir($this->dataDir, 0700, true);
		$this->browsers['alice'] = new InMemorySession('alice');
		$this->browsers['alice']->set('user_id', 'alice');
		$this->browsers['bob'] = new InMemorySession('bob');
		$this->browsers['bob']->set('user_id', 'bob');
	}

	protected function tearDown(): void {
		foreach (glob($this->dataDir . '/{,.}*', GLOB_BRACE) ?: [] as $file) {
			if (is_file($file)) {
				unlink($file);
			}
		}
		@rmdir($this->dataDir);
		$this->assertSame([], $this->violations, 'files_sharing spec violations');
		parent::tearDown();
	}

	/**
	 * @return iterable<string, array{int}>
	 */
	public static function versions(): iterable {
		yield 'Nextcloud 34' => [34];
		yield 'Nextcloud 35' => [35];
	}

	/**
	 * @dataProvider versions
	 */
	public function testFilesSharingCannotSwitchARequiredShareOff(int $version): void {
		$this->nextcloudVersion = $version;
		$this->requireForSharers();
		$this->assertSame(200, $this->ocs('alice', 'PUT', '/ocs/v2.php/apps/video_verification/api/v1/shares/3', ['enabled' => true])['status']);

		$refused = $this->ocs('alice', 'PUT', '/ocs/v2.php/apps/files_sharing/api/v1/shares/3', ['sendPasswordByTalk' => 'false']);

		$this->assertSame(403, $refused['status']);
		$this->assertSame(['status' => 'failure', 'statuscode' => 403, 'message' => self::REFUSAL], $refused['body']['ocs']['meta']);
		$this->assertSame([], $refused['body']['ocs']['data']);
		$this->assertTrue($this->flagOf(self::SHARE_WITH_PASSWORD), 'nothing changed');

		$withoutPassword = $this->ocs('alice', 'PUT', '/ocs/v2.php/apps/files_sharing/api/v1/shares/3', ['password' => '']);
		$this->assertSame(403, $withoutPassword['status']);
		$this->assertSame(self::REFUSAL, $withoutPassword['body']['ocs']['meta']['message']);

		// OCS v1: HTTP 200, the status in meta, as files_sharing's own errors
		$v1 = $this->ocs('alice', 'PUT', '/ocs/v1.php/apps/files_sharing/api/v1/shares/3', ['sendPasswordByTalk' => 'false']);
		$this->assertSame(200, $v1['status']);
		$this->assertSame(['status' => 'failure', 'statuscode' => 403, 'message' => self::REFUSAL], array_intersect_key($v1['body']['ocs']['meta'], ['status' => 1, 'statuscode' => 1, 'message' => 1]));
		$this->assertTrue($this->flagOf(self::SHARE_WITH_PASSWORD));

		$note = $this->ocs('alice', 'PUT', '/ocs/v2.php/apps/files_sharing/api/v1/shares/3', ['note' => 'Call me first']);
		$this->assertSame(200, $note['status'], 'an update that keeps it on passes');
		$this->assertTrue($this->flagOf(self::SHARE_WITH_PASSWORD));
	}

	public function testSomeoneWhoMayNotEditTheShareGetsFilesSharingsOwnAnswer(): void {
		$this->requireForSharers();
		$this->ocs('alice', 'PUT', '/ocs/v2.php/apps/video_verification/api/v1/shares/3', ['enabled' => true]);

		$bob = $this->ocs('bob', 'PUT', '/ocs/v2.php/apps/files_sharing/api/v1/shares/3', ['sendPasswordByTalk' => 'false']);

		$this->assertSame(404, $bob['status']);
		$this->assertSame('Wrong share ID, share does not exist', $bob['body']['ocs']['meta']['message']);
	}

	public function testWithoutThePolicyTheFlagCanBeSwitchedOff(): void {
		$this->ocs('alice', 'PUT', '/ocs/v2.php/apps/video_verification/api/v1/shares/3', ['enabled' => true]);

		$off = $this->ocs('alice', 'PUT', '/ocs/v2.php/apps/files_sharing/api/v1/shares/3', ['sendPasswordByTalk' => 'false']);

		$this->assertSame(200, $off['status']);
		$this->assertFalse($this->flagOf(self::SHARE_WITH_PASSWORD));
	}

	/**
	 * A share made before the policy: only Nextcloud 35 tells us about its update.
	 *
	 * @dataProvider versions
	 */
	public function testOnlyNextcloud35DispatchesTheUpdateEvent(int $version): void {
		$this->nextcloudVersion = $version;
		$this->requireForSharers();

		$this->assertSame(200, $this->ocs('alice', 'PUT', '/ocs/v2.php/apps/files_sharing/api/v1/shares/1', ['note' => 'hello'])['status']);

		$this->assertSame($version >= 35, $this->flagOf(self::SHARE_WITHOUT_PASSWORD));
	}

	private function requireForSharers(): void {
		$this->container('alice', ['method' => 'GET', 'path' => '/'])->get(IAppConfig::class)
			->setValueString(Application::APP_ID, 'required_groups', '["sharers"]');
	}

	private function flagOf(int $shareId): bool {
		return $this->container('alice', ['method' => 'GET', 'path' => '/'])->get(ShareStore::class)->byId($shareId)->getSendPasswordByTalk();
	}

	/**
	 * @param array<string, mixed> $body
	 * @return array{status: int, body: array<string, mixed>}
	 */
	private function ocs(string $browser, string $method, string $path, array $body): array {
		$headers = ['ocs-apirequest' => 'true', 'accept' => 'application/json', 'content-type' => 'application/json', 'host' => 'demo.test'];
		$c = $this->container($browser, ['method' => $method, 'path' => $path, 'body' => (string)json_encode($body), 'headers' => $headers]);
		$match = $c->get(RouteTable::class)->match($method, $path);
		$this->assertNotNull($match, 'route ' . $path);
		$response = $c->get(ControllerDispatcher::class)->dispatch($match[0], $match[1], $c->get(DemoRequest::class));
		$decoded = json_decode($response->body, true);
		// the spec describes OCS v2 (v1 differs only in the envelope's HTTP status and meta)
		if (str_starts_with($path, '/ocs/v2.php/apps/files_sharing/')) {
			$this->violations = array_merge(
				$this->violations,
				self::validator()->validateRequest($method, $path, [], $body, ['OCS-APIRequest' => 'true']),
				self::validator()->validateResponse($method, $path, $response->status, $decoded),
			);
		}
		return ['status' => $response->status, 'body' => is_array($decoded) ? $decoded : []];
	}

	/**
	 * A fresh container, as DemoHost::boot builds it for one request of that browser.
	 *
	 * @param array{method: string, path: string, body?: string, headers?: array<string, string>} $request
	 */
	private function container(string $browser, array $request): ServiceContainer {
		$repoRoot = dirname(__DIR__, 4);
		$env = new Environment($repoRoot, $this->dataDir, true, null, SpecsDirectory::locate(), $this->nextcloudVersion);
		$c = new ServiceContainer();
		ServiceWiring::register($c, $env);
		$session = $this->browsers[$browser];
		$c->register(ISession::class, fn () => $session);
		$c->register(IRequest::class, fn (ServiceContainer $c) => new DemoRequest(
			$request['method'], $request['path'], [], [],
			[PhpSession::COOKIE_NAME => 'test', 'nc_sameSiteCookiestrict' => 'true', 'nc_sameSiteCookielax' => 'true'],
			['REMOTE_ADDR' => '127.0.0.1', 'REQUEST_METHOD' => $request['method'], 'REQUEST_URI' => $request['path'], 'HTTP_HOST' => 'demo.test'],
			$request['headers'] ?? [], $request['body'] ?? '', $c->get(CsrfTokenManager::class), PhpSession::COOKIE_NAME,
		));
		$c->setParameter('appRoot', $repoRoot);
		$c->setParameter('appName', Application::APP_ID);
		$c->get(DemoSchema::class)->ensureSeeded();
		$c->setParameter('userId', $session->get('user_id'));
		$routes = $c->get(RouteTable::class);
		$loader = new RouteLoader();
		$routes->add($loader->load(Application::APP_ID, $repoRoot . '/lib/Controller', 'OCA\\VideoVerification\\Controller'));
		$routes->add($loader->load('files_sharing', $repoRoot . '/tests/demo/server/src/FilesSharing', 'OCA\\VideoVerification\\Demo\\FilesSharing'));
		$registration = new DemoRegistrationContext($c, $c->get(IEventDispatcher::class));
		$c->register(DemoRegistrationContext::class, fn () => $registration);
		ApplicationBootstrap::application()->register($registration);
		return $c;
	}

	private static function validator(): OpenApiValidator {
		return self::$validator ??= new OpenApiValidator(SpecsDirectory::locate() . '/files_sharing-openapi.json');
	}
}
