<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCA\VideoVerification\Demo\AppFramework\ControllerDispatcher;
use OCA\VideoVerification\Demo\AppFramework\RouteLoader;
use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Environment;
use OCA\VideoVerification\Demo\Http\CsrfTokenManager;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Ocp\Session\PhpSession;
use OCA\VideoVerification\Demo\ServiceWiring;
use OCA\VideoVerification\Demo\Storage\DemoSchema;
use OCA\VideoVerification\Demo\Talk\TalkApp;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use OCA\VideoVerification\Tests\Unit\Request\InMemorySession;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IRequest;
use OCP\ISession;

/**
 * Runs requests of several browsers through the demo host's real routing, security checks,
 * controllers and OCS envelope against one temporary demo database, and checks every Talk
 * request and response against Talk's OpenAPI spec.
 */
final class TalkHarness {
	private readonly string $dataDir;
	/** @var array<string, InMemorySession> */
	private array $browsers = [];
	/** @var list<string> */
	public array $violations = [];
	private ?StoppedClock $clock = null;
	private static ?OpenApiValidator $validator = null;

	public function __construct() {
		$this->dataDir = sys_get_temp_dir() . '/vv-talk-' . bin2hex(random_bytes(6));
		mkdir($this->dataDir, 0700, true);
	}

	/**
	 * From now on every request sees the same time until the returned clock is advanced.
	 */
	public function stopClock(): StoppedClock {
		return $this->clock ??= new StoppedClock(time());
	}

	public function browser(string $name): InMemorySession {
		return $this->browsers[$name] ??= new InMemorySession($name);
	}

	public function login(string $browser, string $uid): void {
		$this->browser($browser)->set('user_id', $uid);
	}

	/**
	 * A fresh container, as for one request of that browser.
	 */
	public function container(string $browser = 'system', array $headers = []): ServiceContainer {
		$repoRoot = dirname(__DIR__, 5);
		$env = new Environment($repoRoot, $this->dataDir, true, null, SpecsDirectory::locate());
		$c = new ServiceContainer();
		ServiceWiring::register($c, $env);
		$session = $this->browser($browser);
		$c->register(ISession::class, fn () => $session);
		if ($this->clock !== null) {
			$c->register(ITimeFactory::class, fn () => $this->clock);
		}
		$c->setParameter('appRoot', $repoRoot);
		$c->setParameter('appName', 'spreed');
		$c->get(DemoSchema::class)->ensureSeeded();
		$c->setParameter('userId', $session->get('user_id'));
		$c->register(IRequest::class, fn (ServiceContainer $c) => $this->buildRequest($c, $headers));
		return $c;
	}

	/**
	 * @param array<string, mixed>|null $body JSON body
	 * @param array<string, string> $query
	 * @param array<string, string> $headers extra request headers (lower case)
	 * @return array{status: int, data: mixed}
	 */
	public function ocs(string $browser, string $method, string $path, ?array $body = null, array $query = [], array $headers = []): array {
		$headers += ['ocs-apirequest' => 'true', 'accept' => 'application/json', 'content-type' => 'application/json', 'host' => 'demo.test'];
		$c = $this->container($browser, ['method' => $method, 'path' => $path, 'query' => $query, 'body' => $body === null ? '' : (string)json_encode($body), 'headers' => $headers]);
		$routes = $c->get(RouteTable::class);
		$loader = new RouteLoader();
		TalkApp::register($c, $routes, $loader);
		$c->setParameter('pullTimeoutSeconds', 0);
		$routes->add($loader->load('notifications', dirname(__DIR__, 5) . '/tests/demo/server/src/Notifications', 'OCA\\VideoVerification\\Demo\\Notifications'));
		$request = $c->get(DemoRequest::class);
		$match = $routes->match($method, $path);
		if ($match === null) {
			throw new \LogicException('No route for ' . $method . ' ' . $path);
		}
		$response = $c->get(ControllerDispatcher::class)->dispatch($match[0], $match[1], $request);
		$decoded = $response->body === '' ? null : json_decode($response->body, true);
		if (str_starts_with($path, '/ocs/v2.php/apps/spreed/')) {
			$this->violations = array_merge(
				$this->violations,
				self::validator()->validateRequest($method, $path, $query, $body, ['OCS-APIRequest' => 'true']),
				self::validator()->validateResponse($method, $path, $response->status, $decoded),
			);
		}
		return ['status' => $response->status, 'data' => $decoded['ocs']['data'] ?? null];
	}

	public static function validator(): OpenApiValidator {
		return self::$validator ??= new OpenApiValidator(SpecsDirectory::locate() . '/spreed-openapi.json');
	}

	public function cleanUp(): void {
		foreach (glob($this->dataDir . '/{,.}*', GLOB_BRACE) ?: [] as $file) {
			if (is_file($file)) {
				unlink($file);
			}
		}
		@rmdir($this->dataDir . '/sessions');
		@rmdir($this->dataDir);
	}

	/**
	 * @param array{method?: string, path?: string, query?: array<string, string>, body?: string, headers?: array<string, string>} $spec
	 */
	private function buildRequest(ServiceContainer $c, array $spec): DemoRequest {
		return new DemoRequest(
			$spec['method'] ?? 'GET',
			$spec['path'] ?? '/',
			$spec['query'] ?? [],
			[],
			[PhpSession::COOKIE_NAME => 'test', 'nc_sameSiteCookiestrict' => 'true', 'nc_sameSiteCookielax' => 'true'],
			['REMOTE_ADDR' => '127.0.0.1', 'REQUEST_METHOD' => $spec['method'] ?? 'GET', 'REQUEST_URI' => $spec['path'] ?? '/', 'HTTP_HOST' => 'demo.test'],
			$spec['headers'] ?? [],
			$spec['body'] ?? '',
			$c->get(CsrfTokenManager::class),
			PhpSession::COOKIE_NAME,
		);
	}
}
