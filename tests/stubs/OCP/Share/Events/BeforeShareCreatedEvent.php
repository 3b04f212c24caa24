<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Share\Events;

use OCP\EventDispatcher\Event;
use OCP\Share\IShare;

/**
 * Signature stub of OCP\Share\Events\BeforeShareCreatedEvent (since 28.0.0): dispatched by
 * Share20\Manager::createShare before the provider stores the share. A listener refuses the
 * share with setError() AND stopPropagation() (the manager checks both).
 */
class BeforeShareCreatedEvent extends Event {
	private ?string $error = null;

	public function __construct(
		private IShare $share,
	) {
		parent::__construct();
	}

	public function getShare(): IShare {
		return $this->share;
	}

	public function setError(string $error): void {
		$this->error = $error;
	}

	public function getError(): ?string {
		return $this->error;
	}
}
