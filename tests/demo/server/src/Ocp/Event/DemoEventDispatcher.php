<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Event;

use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\EventDispatcher\IEventListener;
use Psr\Container\ContainerInterface;

/**
 * Runs listeners by priority (higher first) like Symfony's dispatcher behind Nextcloud's;
 * service listeners are built by the container only when their event fires.
 */
final class DemoEventDispatcher implements IEventDispatcher {
	/** @var array<string, list<array{priority: int, listener: callable|string}>> */
	private array $listeners = [];

	public function __construct(
		private readonly ContainerInterface $container,
	) {
	}

	public function addListener(string $eventName, callable $listener, int $priority = 0): void {
		$this->listeners[$eventName][] = ['priority' => $priority, 'listener' => $listener];
	}

	public function removeListener(string $eventName, callable $listener): void {
		$this->listeners[$eventName] = array_values(array_filter(
			$this->listeners[$eventName] ?? [],
			fn (array $entry) => $entry['listener'] !== $listener,
		));
	}

	public function addServiceListener(string $eventName, string $className, int $priority = 0): void {
		$this->listeners[$eventName][] = ['priority' => $priority, 'listener' => $className];
	}

	public function hasListeners(string $eventName): bool {
		return ($this->listeners[$eventName] ?? []) !== [];
	}

	public function dispatch(string $eventName, Event $event): void {
		$entries = $this->listeners[$eventName] ?? [];
		usort($entries, fn (array $a, array $b) => $b['priority'] <=> $a['priority']);
		foreach ($entries as $entry) {
			if ($event->isPropagationStopped()) {
				return;
			}
			$listener = $entry['listener'];
			if (is_string($listener)) {
				$service = $this->container->get($listener);
				if (!$service instanceof IEventListener) {
					throw new \LogicException($listener . ' is registered as event listener but does not implement IEventListener');
				}
				$service->handle($event);
			} else {
				$listener($event);
			}
		}
	}

	public function dispatchTyped(Event $event): void {
		$this->dispatch(get_class($event), $event);
	}

	/**
	 * @return list<string> class names or "closure", for the tests and the log
	 */
	public function listenersOf(string $eventName): array {
		return array_map(
			fn (array $entry) => is_string($entry['listener']) ? $entry['listener'] : 'closure',
			$this->listeners[$eventName] ?? [],
		);
	}
}
