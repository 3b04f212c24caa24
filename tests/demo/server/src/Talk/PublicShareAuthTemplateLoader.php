<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Util;

/**
 * Talk's own loader for the public share password page (spreed
 * lib/PublicShareAuth/TemplateLoader.php): for a share with "send password by Talk" it adds
 * Talk's "Request password" button and sidebar. Registered with the default priority 0,
 * as Talk does, so that the demo shows whether our app keeps it off its own shares.
 *
 * @template-implements IEventListener<BeforeTemplateRenderedEvent>
 */
final class PublicShareAuthTemplateLoader implements IEventListener {
	public function handle(Event $event): void {
		if (!$event instanceof BeforeTemplateRenderedEvent
			|| $event->getScope() !== BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH
			|| !$event->getShare()->getSendPasswordByTalk()) {
			return;
		}
		Util::addStyle(TalkApp::APP_ID, 'merged-share-auth');
		Util::addScript(TalkApp::APP_ID, 'talk-public-share-auth-sidebar');
	}
}
