<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Bootstrap;

/**
 * Partial signature stub of OCP\AppFramework\Bootstrap\IRegistrationContext (since 20.0.0):
 * the registrations this app and its tests use.
 */
interface IRegistrationContext {
	/**
	 * @psalm-param class-string<\OCP\Capabilities\ICapability> $capability
	 */
	public function registerCapability(string $capability): void;

	/**
	 * @psalm-param callable(\Psr\Container\ContainerInterface): mixed $factory
	 */
	public function registerService(string $name, callable $factory, bool $shared = true): void;

	public function registerServiceAlias(string $alias, string $target): void;

	/**
	 * Equivalent to IEventDispatcher::addServiceListener.
	 *
	 * @param string $event preferably the fully-qualified class name of the Event sub class to listen for
	 * @param string $listener fully qualified class name of an IEventListener that the DI container can build
	 * @param int $priority The higher this value, the earlier an event listener will be triggered (defaults to 0)
	 */
	public function registerEventListener(string $event, string $listener, int $priority = 0): void;

	/**
	 * @psalm-param class-string<\OCP\AppFramework\Middleware> $class
	 */
	public function registerMiddleware(string $class, bool $global = false): void;

	/**
	 * @psalm-param class-string<\OCP\Notification\INotifier> $notifierClass
	 */
	public function registerNotifierService(string $notifierClass): void;

	/**
	 * @psalm-param class-string<\OCP\SetupCheck\ISetupCheck> $setupCheckClass
	 * @since 28.0.0
	 */
	public function registerSetupCheck(string $setupCheckClass): void;
}
