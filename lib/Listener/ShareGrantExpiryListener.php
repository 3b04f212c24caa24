<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Service\ShareSession\GrantEnforcer;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\IShare;

/**
 * Takes back a share whose grant has ended (revoked, past the administrator's grant
 * lifetime, password changed, verification off: GrantEnforcer) when the share's public
 * page is rendered (files_sharing dispatches BeforeTemplateRenderedEvent without a scope
 * from ShareController::showShare, after its authentication check). On Nextcloud,
 * GrantEnforcementMiddleware has already redirected such a request to the password page
 * before the controller ran; this listener is the second line (and the only one where a
 * page is rendered without the app framework's middlewares). See docs/PLATFORM-NOTES.md.
 *
 * @template-implements IEventListener<BeforeTemplateRenderedEvent>
 */
class ShareGrantExpiryListener implements IEventListener {
	/** Before listeners that might stop the event. */
	public const PRIORITY = 100;

	public function __construct(
		private GrantEnforcer $grants,
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
		$this->grants->enforce($share);
	}
}
