<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\IShare;

/**
 * Deletes our settings together with the share.
 *
 * @template-implements IEventListener<ShareDeletedEvent>
 */
class ShareDeletedListener implements IEventListener {
	public function __construct(
		private ShareSettingsMapper $mapper,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof ShareDeletedEvent) {
			return;
		}
		$share = $event->getShare();
		// Other share providers may number their shares in tables of their own.
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)) {
			return;
		}
		$this->mapper->delete((int)$share->getId());
	}
}
