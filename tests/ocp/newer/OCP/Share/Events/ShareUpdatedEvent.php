<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Nextcloud GmbH and Nextcloud contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * Nextcloud's own class, unchanged but for this comment: nextcloud/server
 * lib/public/Share/Events/ShareUpdatedEvent.php at commit 356f4ba5b8c9f21cbab8bc49bd5d6d8bfd20ab39
 * (master, @since 35.0.0). It is newer than the nextcloud/ocp 35.0.0-dev snapshot in
 * ../shared/php, and Nextcloud 33 and 34 do not have it: tests/autoload.php and the static
 * analysis fall back to this copy only for a class the installed nextcloud/ocp lacks.
 */

namespace OCP\Share\Events;

use OCP\AppFramework\Attribute\Consumable;
use OCP\AppFramework\Attribute\Listenable;
use OCP\EventDispatcher\Event;
use OCP\Share\IShare;

/**
 * @since 35.0.0
 */
#[Consumable(since: '35.0.0')]
#[Listenable(since: '35.0.0')]
final class ShareUpdatedEvent extends Event {
	/**
	 * @since 35.0.0
	 */
	public function __construct(
		public readonly IShare $share,
	) {
	}

	/**
	 * @since 35.0.0
	 */
	public function getShare(): IShare {
		return $this->share;
	}
}
