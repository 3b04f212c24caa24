<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Demo\AppFramework\RouteLoader;
use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Talk\Notification\TalkNotifier;
use OCA\VideoVerification\Demo\Talk\Service\SignalingService;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IAppConfig;
use OCP\Notification\IManager as INotificationManager;

/**
 * Installs the Talk stand-in into the demo host: its OCS routes under /apps/spreed, its
 * notifier and its password page integration.
 */
final class TalkApp {
	public const APP_ID = 'spreed';

	public static function register(ServiceContainer $container, RouteTable $routes, RouteLoader $loader): void {
		$routes->add($loader->load(self::APP_ID, __DIR__ . '/Controller', __NAMESPACE__ . '\\Controller'));
		$container->get(INotificationManager::class)->registerNotifierService(TalkNotifier::class);
		$container->get(IEventDispatcher::class)->addServiceListener(BeforeTemplateRenderedEvent::class, PublicShareAuthTemplateLoader::class);
		$container->setParameter('pullTimeoutSeconds', self::pullTimeoutSeconds());
		self::configureSignalingServers($container->get(IAppConfig::class));
		self::configureRecordingConsent($container->get(IAppConfig::class));
		self::configureTurnServers($container->get(IAppConfig::class));
	}

	/**
	 * `VV_DEMO_TURN_SERVERS` (set by the clustered stack, tests/demo/cluster/run.sh) is the
	 * value of Talk's `turn_servers` app config: a JSON list of {schemes, server, secret,
	 * protocols}, as Talk's admin settings save it. Unset: left as it is.
	 */
	private static function configureTurnServers(IAppConfig $appConfig): void {
		$wanted = getenv('VV_DEMO_TURN_SERVERS');
		if ($wanted === false) {
			return;
		}
		$servers = json_decode($wanted, true);
		if (!is_array($servers) || !array_is_list($servers)) {
			throw new \InvalidArgumentException('VV_DEMO_TURN_SERVERS must be a JSON list of {schemes, server, secret, protocols}');
		}
		if ($appConfig->getValueArray(self::APP_ID, 'turn_servers') !== $servers) {
			$appConfig->setValueArray(self::APP_ID, 'turn_servers', $servers, sensitive: true);
		}
	}

	/**
	 * `VV_DEMO_RECORDING_CONSENT` = 0|1|2 sets Talk's `recording_consent` app config and declares
	 * a recording server in `recording_servers` (Talk applies the consent rule only with one;
	 * the stand-in runs none, nothing is recorded); '' removes both. Unset: left as it is.
	 * Talk itself applies recording rules only with external signaling.
	 */
	private static function configureRecordingConsent(IAppConfig $appConfig): void {
		$wanted = getenv('VV_DEMO_RECORDING_CONSENT');
		if ($wanted === false) {
			return;
		}
		if ($wanted === '') {
			$appConfig->deleteKey(self::APP_ID, 'recording_consent');
			$appConfig->deleteKey(self::APP_ID, 'recording_servers');
			return;
		}
		if (!in_array($wanted, ['0', '1', '2'], true)) {
			throw new \InvalidArgumentException('VV_DEMO_RECORDING_CONSENT must be 0, 1 or 2, not ' . $wanted);
		}
		if ($appConfig->getValueString(self::APP_ID, 'recording_consent') !== $wanted) {
			$appConfig->setValueString(self::APP_ID, 'recording_consent', $wanted);
		}
		if ($appConfig->getValueString(self::APP_ID, 'recording_servers') === '') {
			$declared = ['servers' => [['server' => 'http://127.0.0.1:9/', 'verify' => false]], 'secret' => 'demo-recording-server-not-running'];
			$appConfig->setValueString(self::APP_ID, 'recording_servers', (string)json_encode($declared), sensitive: true);
		}
	}

	/**
	 * `VV_DEMO_SIGNALING_SERVERS` (set by `make demo` and the e2e support) is the value of
	 * Talk's `signaling_servers` app config: JSON `{servers: [{server, verify}], secret}` for
	 * the High Performance Backend stand-in, '' for internal signaling. Unset: left as it is.
	 */
	private static function configureSignalingServers(IAppConfig $appConfig): void {
		$wanted = getenv('VV_DEMO_SIGNALING_SERVERS');
		if ($wanted === false || $appConfig->getValueString(self::APP_ID, 'signaling_servers') === $wanted) {
			return;
		}
		if ($wanted === '') {
			$appConfig->deleteKey(self::APP_ID, 'signaling_servers');
			return;
		}
		$appConfig->setValueString(self::APP_ID, 'signaling_servers', $wanted, sensitive: true);
	}

	/**
	 * A long poll holds a PHP worker: with `php -S`'s single worker (no
	 * PHP_CLI_SERVER_WORKERS) it would stall every other request, so pulls answer at once.
	 * VV_DEMO_PROCESS_POOL: `make demo` and the e2e runs dispatch each request to an idle
	 * single-worker php -S of a pool (tests/demo/processPool.mjs), so long polls are fine there.
	 */
	private static function pullTimeoutSeconds(): int {
		$pooled = getenv('VV_DEMO_PROCESS_POOL') === '1';
		return $pooled || (int)getenv('PHP_CLI_SERVER_WORKERS') > 1 ? SignalingService::PULL_TIMEOUT_SECONDS : 0;
	}
}
