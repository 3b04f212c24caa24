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
 * Signature stub of OCP\Share\Events\ShareCreatedEvent (since 18.0.0): dispatched by
 * Share20\Manager::createShare after the provider stored the share (it has its id).
 */
class ShareCreatedEvent extends Event {
	public function __construct(
		private IShare $share,
	) {
		parent::__construct();
	}

	public function getShare(): IShare {
		return $this->share;
	}
}
