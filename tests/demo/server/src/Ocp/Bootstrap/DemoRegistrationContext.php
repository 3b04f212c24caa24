<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Bootstrap;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfigLexicons;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\Config\Lexicon\ILexicon;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Notification\IManager as INotificationManager;

/**
 * What Application::register() hands to the app: services go into the demo container,
 * listeners into the demo event dispatcher, notifiers to the notification manager's list;
 * everything is also recorded for the tests.
 */
final class DemoRegistrationContext implements IRegistrationContext {
	/** @var array<string, list<string>> kind => registered class names */
	private array $registrations = [];
	/** @var list<array{class: string, global: bool}> */
	private array $middlewares = [];

	public function __construct(
		private readonly ServiceContainer $container,
		private readonly IEventDispatcher $dispatcher,
		private readonly string $appId = Application::APP_ID,
	) {
	}

	public function registerCapability(string $capability): void {
		$this->registrations['capability'][] = $capability;
	}

	public function registerService(string $name, callable $factory, bool $shared = true): void {
		$this->container->register($name, \Closure::fromCallable(fn (ServiceContainer $c) => $factory($c)));
		$this->registrations['service'][] = $name;
	}

	public function registerServiceAlias(string $alias, string $target): void {
		$this->container->alias($alias, $target);
		$this->registrations['alias'][] = $alias;
	}

	public function registerParameter(string $name, $value): void {
		$this->container->setParameter($name, $value);
	}

	public function registerEventListener(string $event, string $listener, int $priority = 0): void {
		$this->dispatcher->addServiceListener($event, $listener, $priority);
		$this->registrations['listener'][] = $event . ' => ' . $listener;
	}

	public function registerMiddleware(string $class, bool $global = false): void {
		$this->registrations['middleware'][] = $class;
		$this->middlewares[] = ['class' => $class, 'global' => $global];
	}

	/**
	 * As DIContainer's MiddlewareDispatcher: the middlewares of the app that handles the
	 * request and every app's global ones, in registration order.
	 *
	 * @return list<string> class names
	 */
	public function middlewaresFor(string $appName): array {
		$classes = [];
		foreach ($this->middlewares as $middleware) {
			if ($middleware['global'] || $appName === $this->appId) {
				$classes[] = $middleware['class'];
			}
		}
		return $classes;
	}

	public function registerNotifierService(string $notifierClass): void {
		$this->container->get(INotificationManager::class)->registerNotifierService($notifierClass);
		$this->registrations['notifier'][] = $notifierClass;
	}

	public function registerSetupCheck(string $setupCheckClass): void {
		$this->registrations['setupCheck'][] = $setupCheckClass;
	}

	public function registerInitialStateProvider(string $class): void {
		$this->registrations['initialState'][] = $class;
	}

	/**
	 * The app registers its config lexicon here; the demo's IAppConfig then applies it as
	 * nextcloud/server's AppConfig does (types, defaults, strictness).
	 */
	public function registerConfigLexicon(string $configLexiconClass): void {
		$lexicon = $this->container->get($configLexiconClass);
		if (!$lexicon instanceof ILexicon) {
			throw new \InvalidArgumentException($configLexiconClass . ' is not an ' . ILexicon::class);
		}
		$this->container->get(DemoConfigLexicons::class)->register($this->appId, $lexicon);
		$this->registrations['configLexicon'][] = $configLexiconClass;
	}

	// The demo runs none of the features below: like Nextcloud's RegistrationContext it
	// records what the app registers (the tests read it through registered()).
	public function registerCrashReporter(string $reporterClass): void {
		$this->registrations['crashReporter'][] = $reporterClass;
	}

	public function registerDashboardWidget(string $widgetClass): void {
		$this->registrations['dashboardWidget'][] = $widgetClass;
	}

	public function registerSearchProvider(string $class): void {
		$this->registrations['searchProvider'][] = $class;
	}

	public function registerAlternativeLogin(string $class): void {
		$this->registrations['alternativeLogin'][] = $class;
	}

	public function registerAlternativeLoginProvider(string $class): void {
		$this->registrations['alternativeLoginProvider'][] = $class;
	}

	public function registerWellKnownHandler(string $class): void {
		$this->registrations['wellKnownHandler'][] = $class;
	}

	public function registerSpeechToTextProvider(string $providerClass): void {
		$this->registrations['speechToTextProvider'][] = $providerClass;
	}

	public function registerTextProcessingProvider(string $providerClass): void {
		$this->registrations['textProcessingProvider'][] = $providerClass;
	}

	public function registerTextToImageProvider(string $providerClass): void {
		$this->registrations['textToImageProvider'][] = $providerClass;
	}

	public function registerTemplateProvider(string $providerClass): void {
		$this->registrations['templateProvider'][] = $providerClass;
	}

	public function registerTranslationProvider(string $providerClass): void {
		$this->registrations['translationProvider'][] = $providerClass;
	}

	public function registerTwoFactorProvider(string $twoFactorProviderClass): void {
		$this->registrations['twoFactorProvider'][] = $twoFactorProviderClass;
	}

	public function registerPreviewProvider(string $previewProviderClass, string $mimeTypeRegex): void {
		$this->registrations['previewProvider'][] = $previewProviderClass . ' for ' . $mimeTypeRegex;
	}

	public function registerCalendarProvider(string $class): void {
		$this->registrations['calendarProvider'][] = $class;
	}

	public function registerReferenceProvider(string $class): void {
		$this->registrations['referenceProvider'][] = $class;
	}

	public function registerProfileLinkAction(string $actionClass): void {
		$this->registrations['profileLinkAction'][] = $actionClass;
	}

	public function registerTalkBackend(string $backend): void {
		$this->registrations['talkBackend'][] = $backend;
	}

	public function registerCalendarResourceBackend(string $class): void {
		$this->registrations['calendarResourceBackend'][] = $class;
	}

	public function registerCalendarRoomBackend(string $class): void {
		$this->registrations['calendarRoomBackend'][] = $class;
	}

	public function registerTeamResourceProvider(string $class): void {
		$this->registrations['teamResourceProvider'][] = $class;
	}

	public function registerUserMigrator(string $migratorClass): void {
		$this->registrations['userMigrator'][] = $migratorClass;
	}

	public function registerSensitiveMethods(string $class, array $methods): void {
		$this->registrations['sensitiveMethods'][] = $class . '::' . implode(',', $methods);
	}

	public function registerPublicShareTemplateProvider(string $class): void {
		$this->registrations['publicShareTemplateProvider'][] = $class;
	}

	public function registerDeclarativeSettings(string $declarativeSettingsClass): void {
		$this->registrations['declarativeSettings'][] = $declarativeSettingsClass;
	}

	public function registerTaskProcessingProvider(string $taskProcessingProviderClass): void {
		$this->registrations['taskProcessingProvider'][] = $taskProcessingProviderClass;
	}

	public function registerTaskProcessingTaskType(string $taskProcessingTaskTypeClass): void {
		$this->registrations['taskProcessingTaskType'][] = $taskProcessingTaskTypeClass;
	}

	public function registerFileConversionProvider(string $class): void {
		$this->registrations['fileConversionProvider'][] = $class;
	}

	public function registerMailProvider(string $class): void {
		$this->registrations['mailProvider'][] = $class;
	}

	/**
	 * @return list<string>
	 */
	public function registered(string $kind): array {
		return $this->registrations[$kind] ?? [];
	}
}
