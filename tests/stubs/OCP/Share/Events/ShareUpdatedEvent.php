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
 * Signature stub of OCP\Share\Events\ShareUpdatedEvent (since 35.0.0, final, listenable):
 * dispatched after a share was updated. Nextcloud 33 and 34 have no share update event.
 */
final class ShareUpdatedEvent extends Event {
	public function __construct(
		public readonly IShare $share,
	) {
		parent::__construct();
	}

	public function getShare(): IShare {
		return $this->share;
	}
}
