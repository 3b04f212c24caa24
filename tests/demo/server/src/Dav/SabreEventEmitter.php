<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Dav;

/**
 * What the demo's public WebDAV server offers the apps through BeforeSabrePubliclyLoadedEvent
 * in place of Sabre\DAV\Server: its event emitter (sabre/event EmitterTrait: on() with a
 * priority, 100 by default, lower first; emit() calls the listeners in that order). The
 * server emits 'beforeMethod:*' before it handles a method (Sabre\DAV\Server::invokeMethod),
 * where a listener's Sabre exception becomes the response.
 */
final class SabreEventEmitter {
	/** @var array<string, list<array{0: int, 1: int, 2: callable}>> */
	private array $listeners = [];
	private int $registered = 0;

	public function on(string $eventName, callable $callBack, int $priority = 100): void {
		$this->listeners[$eventName][] = [$priority, $this->registered++, $callBack];
	}

	/**
	 * @param list<mixed> $arguments
	 */
	public function emit(string $eventName, array $arguments = []): void {
		$listeners = $this->listeners[$eventName] ?? [];
		usort($listeners, static fn (array $a, array $b): int => [$a[0], $a[1]] <=> [$b[0], $b[1]]);
		foreach ($listeners as [, , $callBack]) {
			if ($callBack(...$arguments) === false) {
				return;
			}
		}
	}
}
