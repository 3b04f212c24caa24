<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo;

use OCA\VideoVerification\Demo\AppFramework\BruteForceThrottler;
use OCA\VideoVerification\Demo\AppFramework\RateLimiter;
use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Http\CsrfTokenManager;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Ocp\Activity\DemoActivityManager;
use OCA\VideoVerification\Demo\Ocp\App\DemoAppManager;
use OCA\VideoVerification\Demo\Ocp\Cache\DemoCacheFactory;
use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfigStore;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoDateTimeZone;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfigLexicons;
use OCA\VideoVerification\Demo\Ocp\Config\DemoUserConfig;
use OCA\VideoVerification\Demo\Ocp\Event\DemoEventDispatcher;
use OCA\VideoVerification\Demo\Ocp\Http\AppInitialState;
use OCA\VideoVerification\Demo\Ocp\Http\DemoClientService;
use OCA\VideoVerification\Demo\Ocp\Http\DemoUrlGenerator;
use OCA\VideoVerification\Demo\Ocp\Http\InitialStateStore;
use OCA\VideoVerification\Demo\Ocp\L10N\DemoL10NFactory;
use OCA\VideoVerification\Demo\Ocp\Log\FileLogger;
use OCA\VideoVerification\Demo\Ocp\Notification\DemoNotificationManager;
use OCA\VideoVerification\Demo\Ocp\Security\DemoHasher;
use OCA\VideoVerification\Demo\Ocp\Security\DemoSecureRandom;
use OCA\VideoVerification\Demo\Ocp\Security\DemoTimeFactory;
use OCA\VideoVerification\Demo\Ocp\Session\PhpSession;
use OCA\VideoVerification\Demo\Ocp\Share\DemoShareManager;
use OCA\VideoVerification\Demo\Ocp\User\DemoGroupManager;
use OCA\VideoVerification\Demo\Ocp\User\DemoUserManager;
use OCA\VideoVerification\Demo\Ocp\User\DemoUserSession;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Storage\DemoSchema;
use OCA\VideoVerification\Demo\Storage\DemoSeed;
use OCA\VideoVerification\Demo\Talk\TalkApp;
use OCA\VideoVerification\Demo\Talk\TalkConfigLexicon;
use OCP\Activity\IManager as IActivityManager;
use OCP\App\IAppManager;
use OCP\AppFramework\Services\IInitialState;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Config\IUserConfig;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Http\Client\IClientService;
use OCP\IAppConfig;
use OCP\ICacheFactory;
use OCP\IConfig;
use OCP\IDBConnection;
use OCP\IDateTimeZone;
use OCP\IGroupManager;
use OCP\IInitialStateService;
use OCP\IL10N;
use OCP\IRequest;
use OCP\ISession;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use OCP\Notification\IManager as INotificationManager;
use OCP\Security\IHasher;
use OCP\Security\ISecureRandom;
use OCP\Share\IManager as IShareManager;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Which demo class stands in for which OCP interface.
 */
final class ServiceWiring {
	public static function register(ServiceContainer $c, Environment $env): void {
		$c->register(Environment::class, fn () => $env);
		$c->setParameter('nextcloudVersion', $env->nextcloudVersion);
		$c->register(ContainerInterface::class, fn () => $c);
		$c->register(ServiceContainer::class, fn () => $c);
		// nextcloud/ocp reaches the running server through \OC::$server (OCP\Server::get).
		\OC::$server = $c;
		\OC::$SERVERROOT = $env->repoRoot;
		$c->register(DemoDatabase::class, fn () => new DemoDatabase($env->dataDir . '/demo.sqlite'));
		$c->register(DemoSchema::class, fn (ServiceContainer $c) => new DemoSchema($c->get(DemoDatabase::class), $c->get(DemoSeed::class), $env->repoRoot, $env->dbEngine, $env->dbParams));
		$c->register(IDBConnection::class, fn (ServiceContainer $c) => $c->get(DemoSchema::class)->connection());
		$c->register(LoggerInterface::class, fn () => new FileLogger($env->dataDir . '/demo.log'));
		$c->register(ISession::class, fn () => $env->redis === null
			? new PhpSession($env->dataDir . '/sessions')
			: new PhpSession('tcp://' . $env->redis, 'redis'));
		$c->register(CsrfTokenManager::class, fn (ServiceContainer $c) => new CsrfTokenManager($c->get(ISession::class)));
		$c->register(IRequest::class, fn (ServiceContainer $c) => DemoRequest::fromGlobals($c->get(CsrfTokenManager::class), PhpSession::COOKIE_NAME));
		$c->alias(DemoRequest::class, IRequest::class);
		$c->alias(IUserSession::class, DemoUserSession::class);
		$c->alias(IUserManager::class, DemoUserManager::class);
		$c->alias(IGroupManager::class, DemoGroupManager::class);
		$c->register(IAppManager::class, fn () => new DemoAppManager($env->talkEnabled, $env->repoRoot));
		$c->register(DemoAppManager::class, fn (ServiceContainer $c) => $c->get(IAppManager::class));
		$c->alias(ITimeFactory::class, DemoTimeFactory::class);
		$c->register(DemoCacheFactory::class, fn (ServiceContainer $c) => new DemoCacheFactory($c->get(DemoDatabase::class), $c->get(ITimeFactory::class), $env->redis));
		$c->alias(ICacheFactory::class, DemoCacheFactory::class);
		$c->register(BruteForceThrottler::class, fn (ServiceContainer $c) => new BruteForceThrottler($c->get(ICacheFactory::class)->createDistributed('bruteforce'), $c->get(ITimeFactory::class)));
		$c->register(RateLimiter::class, fn (ServiceContainer $c) => new RateLimiter($c->get(ICacheFactory::class)->createDistributed('ratelimit'), $c->get(ITimeFactory::class)));
		$c->alias(IConfig::class, DemoConfig::class);
		$c->register(IUserConfig::class, fn (ServiceContainer $c) => new DemoUserConfig($c->get(DemoAppConfigStore::class)));
		$c->register(DemoConfig::class, fn (ServiceContainer $c) => new DemoConfig($c->get(DemoAppConfigStore::class), ['debug' => false, 'version' => '34.0.3.1', 'secret' => 'demo-instance-secret-not-for-production', 'default_timezone' => 'Europe/Berlin']));
		$c->alias(IDateTimeZone::class, DemoDateTimeZone::class);
		$c->register(DemoConfigLexicons::class, fn () => new DemoConfigLexicons($env->talkEnabled ? [TalkApp::APP_ID => new TalkConfigLexicon()] : []));
		$c->register(DemoAppConfig::class, fn (ServiceContainer $c) => new DemoAppConfig($c->get(DemoAppConfigStore::class), $c->get(DemoConfigLexicons::class)));
		$c->alias(IAppConfig::class, DemoAppConfig::class);
		$c->alias(IFactory::class, DemoL10NFactory::class);
		$c->register(IL10N::class, fn (ServiceContainer $c) => $c->get(IFactory::class)->get('video_verification'));
		$c->alias(ISecureRandom::class, DemoSecureRandom::class);
		$c->alias(IHasher::class, DemoHasher::class);
		$c->register(\OCA\VideoVerification\Demo\Pages\TemplateRenderer::class, fn () => new \OCA\VideoVerification\Demo\Pages\TemplateRenderer($env->repoRoot . '/tests/demo/templates'));
		$c->register(RouteTable::class, fn () => new RouteTable());
		$c->register(IURLGenerator::class, fn (ServiceContainer $c) => new DemoUrlGenerator($c->get(RouteTable::class), 'http://' . $c->get(IRequest::class)->getServerHost()));
		$c->alias(IInitialStateService::class, InitialStateStore::class);
		$c->register(IInitialState::class, fn (ServiceContainer $c) => new AppInitialState($c->get(InitialStateStore::class), 'video_verification'));
		$c->register(IEventDispatcher::class, fn (ServiceContainer $c) => new DemoEventDispatcher($c));
		$c->alias(DemoEventDispatcher::class, IEventDispatcher::class);
		$c->alias(IShareManager::class, DemoShareManager::class);
		$c->alias(INotificationManager::class, DemoNotificationManager::class);
		$c->register(IActivityManager::class, fn () => new DemoActivityManager($env->dataDir . '/activity.jsonl'));
		$c->alias(IClientService::class, DemoClientService::class);
	}
}
