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
 * Signature stub of OCP\Share\Events\ShareDeletedEvent (since 21.0.0): dispatched by
 * the share manager after a share (and each of its children) was deleted.
 */
class ShareDeletedEvent extends Event {
	public function __construct(
		private IShare $share,
	) {
		parent::__construct();
	}

	public function getShare(): IShare {
		return $this->share;
	}
}
