<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo;

use OCA\VideoVerification\Tests\Support\ApplicationBootstrap;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\AppFramework\ControllerDispatcher;
use OCA\VideoVerification\Demo\Bench\LoadTestShares;
use OCA\VideoVerification\Demo\AppFramework\OcsFormatter;
use OCA\VideoVerification\Demo\AppFramework\RouteLoader;
use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Dav\PublicDavServer;
use OCA\VideoVerification\Demo\Contract\ContractRecorder;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Http\StaticFiles;
use OCA\VideoVerification\Demo\Ocp\Bootstrap\DemoRegistrationContext;
use OCA\VideoVerification\Demo\Ocp\Session\PhpSession;
use OCA\VideoVerification\Demo\Pages\AdminPages;
use OCA\VideoVerification\Demo\Pages\PersonalPages;
use OCA\VideoVerification\Demo\Pages\PublicSharePages;
use OCA\VideoVerification\Demo\Pages\UserPages;
use OCA\VideoVerification\Demo\Storage\DemoSchema;
use OCA\VideoVerification\Demo\Storage\ShareStore;
use OCA\VideoVerification\Demo\Talk\CallPage;
use OCA\VideoVerification\Demo\Talk\TalkApp;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IUserSession;
use OCP\Share\IShare;

/**
 * The front controller of the demo: builds the instance for one request and routes it.
 */
final class DemoHost {
	public function __construct(
		private readonly Environment $env,
		private readonly ServiceContainer $container,
	) {
	}

	public static function boot(Environment $env): self {
		if (!is_dir($env->dataDir)) {
			mkdir($env->dataDir, 0700, true);
		}
		$container = new ServiceContainer();
		ServiceWiring::register($container, $env);
		$container->setParameter('appRoot', $env->repoRoot);
		$container->setParameter('appName', Application::APP_ID);
		$container->get(DemoSchema::class)->ensureSeeded();
		$session = $container->get(\OCP\ISession::class);
		$session->start();
		$container->setParameter('userId', $container->get(IUserSession::class)->getUser()?->getUID());

		$routes = $container->get(RouteTable::class);
		$loader = new RouteLoader();
		$routes->add($loader->load(Application::APP_ID, $env->repoRoot . '/lib/Controller', 'OCA\\VideoVerification\\Controller'));
		$routes->add($loader->load('files_sharing', __DIR__ . '/FilesSharing', 'OCA\\VideoVerification\\Demo\\FilesSharing'));
		$routes->add($loader->load('notifications', __DIR__ . '/Notifications', 'OCA\\VideoVerification\\Demo\\Notifications'));
		$routes->add($loader->load('core', __DIR__ . '/Capabilities', 'OCA\\VideoVerification\\Demo\\Capabilities'));
		$routes->add($loader->load('provisioning_api', __DIR__ . '/Provisioning', 'OCA\\VideoVerification\\Demo\\Provisioning'));
		if ($env->talkEnabled) {
			TalkApp::register($container, $routes, $loader);
		}

		$application = ApplicationBootstrap::application();
		$registration = new DemoRegistrationContext($container, $container->get(IEventDispatcher::class));
		$container->register(DemoRegistrationContext::class, fn () => $registration);
		$application->register($registration);
		return new self($env, $container);
	}

	public function container(): ServiceContainer {
		return $this->container;
	}

	public function handle(DemoRequest $request): HttpResponse {
		$path = $request->path();
		$method = $request->getMethod();

		$static = (new StaticFiles($this->env->repoRoot))->serve($path);
		if ($static !== null) {
			return $static;
		}
		if (PublicDavServer::handles($path)) {
			return $this->container->get(PublicDavServer::class)->handle($request, (string)file_get_contents('php://input'));
		}
		if (str_starts_with($path, '/ocs/v1.php/') || str_starts_with($path, '/ocs/v2.php/') || str_starts_with($path, '/index.php/apps/video_verification/')) {
			return $this->dispatchApp($request);
		}

		$userPages = $this->container->get(UserPages::class);
		$publicPages = $this->container->get(PublicSharePages::class);
		return match (true) {
			$path === '/' || $path === '/index.php' || $path === '/index.php/' => $userPages->index(),
			$path === '/index.php/login' => $userPages->login($request),
			$path === '/index.php/logout' => $userPages->logout(),
			$path === '/index.php/apps/files' || $path === '/index.php/apps/files/' => $userPages->files($request),
			$path === '/index.php/settings/admin' || $path === '/index.php/settings/admin/overview' => $this->container->get(AdminPages::class)->overview($request),
			$path === '/index.php/settings/admin/video_verification' => $this->container->get(AdminPages::class)->section($request),
			$path === '/index.php/settings/user/video_verification' => $this->container->get(PersonalPages::class)->section($request),
			$path === '/demo/state/shares' && $method === 'GET' => $this->shareState(),
			$path === '/demo/reset' && $method === 'POST' => $this->reset(),
			$path === '/demo/load-shares' && $method === 'POST' => $this->loadTestShares($request),
			$this->env->talkEnabled && $path === '/index.php/apps/spreed/not-found' => $this->container->get(CallPage::class)->notFound($request),
			$this->env->talkEnabled && preg_match('#^/index\.php/call/([a-z0-9]{4,30})$#', $path, $m) === 1 => $this->container->get(CallPage::class)->show($m[1], $request),
			preg_match('#^/index\.php/s/([A-Za-z0-9-]+)$#', $path, $m) === 1 => $publicPages->showShare($m[1]),
			preg_match('#^/index\.php/s/([A-Za-z0-9-]+)/download$#', $path, $m) === 1 => $publicPages->download($m[1]),
			preg_match('#^/index\.php/s/([A-Za-z0-9-]+)/authenticate/(\w+)$#', $path, $m) === 1 => $method === 'POST'
				? $publicPages->authenticate($m[1], $request)
				: $publicPages->showAuthenticate($m[1]),
			default => $userPages->notFound(),
		};
	}

	private function dispatchApp(DemoRequest $request): HttpResponse {
		$routes = $this->container->get(RouteTable::class);
		$match = $routes->match($request->getMethod(), $request->path());
		$recorder = $this->env->contractLog === null ? null : new ContractRecorder($this->env->contractLog, $this->env->specsDir, $this->env->repoRoot . '/openapi.json');
		$recorder?->recordRequest($request);
		if ($match === null) {
			$status = $routes->hasPath($request->path()) ? 405 : 404;
			$response = str_starts_with($request->path(), '/ocs/')
				? (new OcsFormatter())->format(str_starts_with($request->path(), '/ocs/v1.php') ? 1 : 2, OcsFormatter::negotiate($request->getFormat(), $request->getHeader('Accept')), $status === 404 ? OcsFormatter::RESPOND_NOT_FOUND : 405, [], $status === 404 ? 'Invalid query, please check the syntax. API specifications are here: http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.' : 'Method not allowed')
				: HttpResponse::html('<h1>Page not found</h1>', 404);
		} else {
			$response = $this->container->get(ControllerDispatcher::class)->dispatch($match[0], $match[1], $request);
		}
		$recorder?->recordResponse($request, $response);
		return $response;
	}

	private function shareState(): HttpResponse {
		$shares = array_map(fn (IShare $share) => [
			'id' => (int)$share->getId(),
			'share_type' => $share->getShareType(),
			'token' => $share->getToken(),
			'share_with' => $share->getSharedWith(),
			'uid_owner' => $share->getShareOwner(),
			'file_source' => $share->getNodeId(),
			'file_target' => $share->getTarget(),
			'permissions' => $share->getPermissions(),
			'has_password' => $share->getPassword() !== null && $share->getPassword() !== '',
			'send_password_by_talk' => $share->getSendPasswordByTalk(),
			'expiration' => $share->getExpirationDate()?->format(\DateTime::ATOM),
		], $this->container->get(ShareStore::class)->all());
		return HttpResponse::json(['shares' => $shares]);
	}

	/**
	 * Shares for the load test (tests/benchmark/load.mjs): see LoadTestShares.
	 */
	private function loadTestShares(DemoRequest $request): HttpResponse {
		$count = $request->getParam('count');
		if (!is_string($count) || preg_match('/^[1-9][0-9]?$/', $count) !== 1 || (int)$count > LoadTestShares::MAX_COUNT) {
			return HttpResponse::json(['error' => 'count must be a number from 1 to ' . LoadTestShares::MAX_COUNT], 400);
		}
		return HttpResponse::json(['shares' => $this->container->get(LoadTestShares::class)->create((int)$count)]);
	}

	/**
	 * Wipes every piece of demo state (database, sessions, log) and seeds again.
	 */
	private function reset(): HttpResponse {
		$this->container->get(\OCP\ISession::class)->close();
		$this->emptyDatabase($this->container->get(\OCA\VideoVerification\Demo\Storage\DemoDatabase::class)->pdo());
		$this->container->get(\OCA\VideoVerification\Demo\Storage\DemoSchema::class)->emptyServerTables();
		$this->container->get(\OCA\VideoVerification\Demo\Ocp\Cache\DemoCacheFactory::class)->clearShared();
		if (is_file($this->env->dataDir . '/demo.log')) {
			unlink($this->env->dataDir . '/demo.log');
		}
		foreach (glob($this->env->dataDir . '/sessions/sess_*') ?: [] as $sessionFile) {
			unlink($sessionFile);
		}
		self::boot($this->env);
		return HttpResponse::json(['reset' => true]);
	}

	/**
	 * Emptied in place, not deleted: requests still running from a closed page (its long
	 * poll, its last DELETE) hold connections to the file, and a WAL database deleted and
	 * created again under them answered 500s. The tables and the record of the migrations
	 * that made them stay; boot() then seeds the empty database.
	 */
	private function emptyDatabase(\PDO $pdo): void {
		$pdo->exec('BEGIN IMMEDIATE');
		try {
			$tables = $pdo->query("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'oc_migrations' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")->fetchAll(\PDO::FETCH_COLUMN);
			foreach ($tables as $table) {
				$pdo->exec('DELETE FROM "' . str_replace('"', '""', (string)$table) . '"');
			}
			if ($pdo->query("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")->fetchColumn() !== false) {
				$pdo->exec('DELETE FROM sqlite_sequence');
			}
			$pdo->exec('COMMIT');
		} catch (\Throwable $e) {
			$pdo->exec('ROLLBACK');
			throw $e;
		}
	}

	public static function sessionCookieName(): string {
		return PhpSession::COOKIE_NAME;
	}
}
