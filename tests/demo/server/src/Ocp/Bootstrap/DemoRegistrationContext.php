<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Bootstrap;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
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
	 * @return list<string>
	 */
	public function registered(string $kind): array {
		return $this->registrations[$kind] ?? [];
	}
}
