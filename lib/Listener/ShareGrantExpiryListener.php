<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Service\SessionGrants;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\IShare;

/**
 * Ends a verified grant that outlived the administrator's grant lifetime when the share's
 * public page is loaded (files_sharing dispatches BeforeTemplateRenderedEvent without a
 * scope from ShareController::showShare, after its authentication check). That page load
 * still renders; the download, public WebDAV and the next load need the password page
 * again. See docs/PLATFORM-NOTES.md.
 *
 * @template-implements IEventListener<BeforeTemplateRenderedEvent>
 */
class ShareGrantExpiryListener implements IEventListener {
	/** Before listeners that might stop the event. */
	public const PRIORITY = 100;

	public function __construct(
		private SessionGrants $grants,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof BeforeTemplateRenderedEvent || $event->getScope() !== null) {
			return;
		}
		$share = $event->getShare();
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)) {
			return;
		}
		$this->grants->revokeIfExpired($share);
	}
}
