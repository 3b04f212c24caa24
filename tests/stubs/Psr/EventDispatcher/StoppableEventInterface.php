<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace Psr\EventDispatcher;

/**
 * Signature stub of psr/event-dispatcher (not packaged by Debian).
 */
interface StoppableEventInterface {
	public function isPropagationStopped(): bool;
}
