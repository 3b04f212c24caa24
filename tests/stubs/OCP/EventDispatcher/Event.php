<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\EventDispatcher;

use Psr\EventDispatcher\StoppableEventInterface;

/**
 * Signature stub of OCP\EventDispatcher\Event (since 17.0.0).
 */
class Event implements StoppableEventInterface {
	private bool $propagationStopped = false;

	public function __construct() {
	}

	public function stopPropagation(): void {
		$this->propagationStopped = true;
	}

	public function isPropagationStopped(): bool {
		return $this->propagationStopped;
	}
}
