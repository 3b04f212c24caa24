<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\EventDispatcher;

/**
 * Signature stub of OCP\EventDispatcher\IEventDispatcher (since 17.0.0).
 */
interface IEventDispatcher {
	/**
	 * @param string $eventName preferably the fully-qualified class name of the Event sub class
	 * @param callable $listener the object that is invoked when a matching event is dispatched
	 * @param int $priority The higher this value, the earlier an event listener will be triggered
	 */
	public function addListener(string $eventName, callable $listener, int $priority = 0): void;

	public function removeListener(string $eventName, callable $listener): void;

	/**
	 * @param string $className fully qualified class name of an IEventListener the DI container can build
	 */
	public function addServiceListener(string $eventName, string $className, int $priority = 0): void;

	/**
	 * @since 31.0.0
	 */
	public function hasListeners(string $eventName): bool;

	/**
	 * @deprecated 21.0.0 use dispatchTyped
	 */
	public function dispatch(string $eventName, Event $event): void;

	public function dispatchTyped(Event $event): void;
}
