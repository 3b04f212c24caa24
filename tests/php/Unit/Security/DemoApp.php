<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

use OCA\VideoVerification\Tests\Support\ApplicationBootstrap;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\AppFramework\BruteForceThrottler;
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
use OCA\VideoVerification\Demo\Talk\TalkApp;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use OCA\VideoVerification\Tests\Unit\Request\InMemorySession;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IRequest;
use OCP\ISession;

/**
 * Our app inside the demo host, in this process: each request goes through the demo's
 * routing, security attributes, rate limits, brute-force throttling, our real controllers
 * and the OCS envelope, against one temporary demo database. Each request comes from its
 * own IP address, so that the throttling of one request is visible on its own.
 */
final class DemoApp {
	public const REPO_ROOT = __DIR__ . '/../../../..';

	public readonly string $dataDir;
	/** @var array<string, InMemorySession> */
	private array $browsers = [];
	private int $requests = 0;
	/** a seeded demo database, made once per process and copied for each DemoApp */
	private static ?string $template = null;

	/**
	 * @param bool $fromTemplate false only to make the template
	 * @param DemoState|null $state where to start instead of the fresh seed
	 */
	public function __construct(bool $fromTemplate = true, ?DemoState $state = null) {
		$this->dataDir = self::tempDir();
		if ($state !== null) {
			copy($state->databaseFile, $this->dataDir . '/demo.sqlite');
			foreach ($state->sessions as $browser => $data) {
				$this->browser($browser)->data = $data;
			}
			$this->requests = $state->requests;
		} elseif ($fromTemplate) {
			copy(self::template(), $this->dataDir . '/demo.sqlite');
		}
	}

	/**
	 * The database and browser sessions as they are now, to start other DemoApps from
	 * (the copy lives until the process ends).
	 */
	public function state(): DemoState {
		$file = self::tempDir() . '/demo.sqlite';
		$this->db()->exec('PRAGMA wal_checkpoint(TRUNCATE)');
		copy($this->dataDir . '/demo.sqlite', $file);
		register_shutdown_function(static function () use ($file): void {
			@unlink($file);
			@rmdir(dirname($file));
		});
		return new DemoState($file, array_map(static fn (InMemorySession $s): array => $s->data, $this->browsers), $this->requests);
	}

	private static function template(): string {
		if (self::$template === null) {
			$seeding = new self(false);
			$c = $seeding->container('seed', static fn () => throw new \LogicException('no request while seeding'));
			$c->get(DemoSchema::class)->connection();
			self::$template = $seeding->dataDir . '/demo.sqlite';
			// the seed may still sit in the write-ahead log, which a copy of the file leaves behind
			(new \PDO('sqlite:' . self::$template))->exec('PRAGMA wal_checkpoint(TRUNCATE)');
			register_shutdown_function(static fn () => $seeding->cleanUp());
		}
		return self::$template;
	}

	private static function tempDir(): string {
		// SQLite syncs every write: on tmpfs that costs nothing
		$base = is_dir('/dev/shm') && is_writable('/dev/shm') ? '/dev/shm' : sys_get_temp_dir();
		$dir = $base . '/vv-security-' . bin2hex(random_bytes(6));
		mkdir($dir, 0700, true);
		return $dir;
	}

	public function login(string $browser, string $uid): void {
		$this->browser($browser)->set('user_id', $uid);
	}

	/**
	 * @param array<string, mixed>|list<mixed>|string|null $body decoded JSON (encoded here), a raw string, or none
	 * @param array<string, string> $headers request headers, lower case; OCS-APIRequest and JSON are the defaults
	 */
	public function send(string $browser, string $method, string $path, array|string|null $body = null, array $headers = []): DemoAnswer {
		$ip = sprintf('10.%d.%d.%d', ($this->requests >> 16) & 255, ($this->requests >> 8) & 255, $this->requests & 255);
		$this->requests++;
		$headers += ['ocs-apirequest' => 'true', 'accept' => 'application/json', 'content-type' => 'application/json', 'host' => 'demo.test'];
		$headers = array_filter($headers, static fn (?string $value): bool => $value !== null);
		$raw = match (true) {
			$body === null => '',
			is_string($body) => $body,
			default => (string)json_encode($body, JSON_THROW_ON_ERROR),
		};
		[$path, $queryString] = array_pad(explode('?', $path, 2), 2, '');
		parse_str($queryString, $query);
		$c = $this->container($browser, fn (ServiceContainer $c) => new DemoRequest(
			$method, $path, $query, [],
			[PhpSession::COOKIE_NAME => 'test', 'nc_sameSiteCookiestrict' => 'true', 'nc_sameSiteCookielax' => 'true'],
			['REMOTE_ADDR' => $ip, 'REQUEST_METHOD' => $method, 'REQUEST_URI' => $path, 'HTTP_HOST' => 'demo.test'],
			$headers, $raw, $c->get(CsrfTokenManager::class), PhpSession::COOKIE_NAME,
		));
		$routes = $c->get(RouteTable::class);
		$match = $routes->match($method, $path);
		if ($match === null) {
			return new DemoAnswer($routes->hasPath($path) ? 405 : 404, null, null, $ip, []);
		}
		$response = $c->get(ControllerDispatcher::class)->dispatch($match[0], $match[1], $c->get(DemoRequest::class));
		$decoded = $response->body === '' ? null : json_decode($response->body, true);
		$method = new \ReflectionMethod($match[0]->controllerClass, $match[0]->methodName);
		$throttler = $c->get(BruteForceThrottler::class);
		$attempts = [];
		foreach ($method->getAttributes(\OCP\AppFramework\Http\Attribute\BruteForceProtection::class) as $attribute) {
			$action = (string)($attribute->getArguments()['action'] ?? $attribute->getArguments()[0] ?? 'default');
			$attempts[$action] = $throttler->attempts($action, $ip);
		}
		return new DemoAnswer($response->status, is_array($decoded) ? $decoded : null, $response->body, $ip, $attempts);
	}

	/**
	 * Every row of every table but the cache (which holds the throttling and rate-limit counters).
	 *
	 * @return array<string, list<array<string, mixed>>>
	 */
	public function snapshot(): array {
		$pdo = new \PDO('sqlite:' . $this->dataDir . '/demo.sqlite');
		$tables = $pdo->query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'demo_cache' ORDER BY name")->fetchAll(\PDO::FETCH_COLUMN);
		$rows = [];
		foreach ($tables as $table) {
			$rows[$table] = $pdo->query('SELECT * FROM "' . $table . '" ORDER BY rowid')->fetchAll(\PDO::FETCH_ASSOC);
		}
		return $rows;
	}

	public function log(): string {
		$file = $this->dataDir . '/demo.log';
		return is_file($file) ? (string)file_get_contents($file) : '';
	}

	public function db(): \PDO {
		return new \PDO('sqlite:' . $this->dataDir . '/demo.sqlite');
	}

	public function cleanUp(): void {
		foreach ([$this->dataDir . '/sessions', $this->dataDir] as $dir) {
			foreach (glob($dir . '/{,.}*', GLOB_BRACE) ?: [] as $file) {
				if (is_file($file)) {
					unlink($file);
				}
			}
		}
		@rmdir($this->dataDir . '/sessions');
		@rmdir($this->dataDir);
	}

	private function browser(string $name): InMemorySession {
		return $this->browsers[$name] ??= new InMemorySession($name);
	}

	/**
	 * A fresh container as DemoHost::boot builds it for one request of that browser.
	 */
	private function container(string $browser, \Closure $request): ServiceContainer {
		$env = new Environment(realpath(self::REPO_ROOT) ?: self::REPO_ROOT, $this->dataDir, true, null, SpecsDirectory::locate());
		$c = new ServiceContainer();
		ServiceWiring::register($c, $env);
		$session = $this->browser($browser);
		$c->register(ISession::class, fn () => $session);
		$c->register(IRequest::class, $request);
		$c->setParameter('appRoot', $env->repoRoot);
		$c->setParameter('appName', Application::APP_ID);
		$c->setParameter('pullTimeoutSeconds', 0);
		$c->get(DemoSchema::class)->ensureSeeded();
		$c->setParameter('userId', $session->get('user_id'));
		$routes = $c->get(RouteTable::class);
		$loader = new RouteLoader();
		$routes->add($loader->load(Application::APP_ID, $env->repoRoot . '/lib/Controller', 'OCA\\VideoVerification\\Controller'));
		TalkApp::register($c, $routes, $loader);
		ApplicationBootstrap::application()->register(new DemoRegistrationContext($c, $c->get(IEventDispatcher::class)));
		return $c;
	}
}
