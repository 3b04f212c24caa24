<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace Sabre\DAV;

/**
 * Signature stub of sabre/dav's Server (4.x, which Nextcloud ships in 3rdparty/): only the
 * event emitter's `on()` (sabre/event lib/EmitterTrait.php), which our public WebDAV listener
 * uses. sabre/dav is not on the Composer registry these machines reach.
 */
class Server {
	/** @var array<string, list<array{int, callable}>> */
	private array $listeners = [];

	public function on(string $eventName, callable $callBack, int $priority = 100): void {
		$this->listeners[$eventName][] = [$priority, $callBack];
	}
}
