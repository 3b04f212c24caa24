<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCP\AppFramework\Services\IInitialState;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;

/**
 * Tells the password page of a verified share whether its sharer takes calls now (initial
 * state `office_hours`: {open, summary} or null without office hours), so that outside
 * them the recipient reads when to call instead of a Call button. The server enforces the
 * hours again when the request is made (OfficeHoursStore::assertTakesCallsAt).
 *
 * Runs before PublicShareAuthListener, which stops the event.
 *
 * @template-implements IEventListener<BeforeTemplateRenderedEvent>
 */
class OfficeHoursStateListener implements IEventListener {
	public const PRIORITY = 101;

	public function __construct(
		private IInitialState $initialState,
		private ShareSettingsMapper $settings,
		private OfficeHoursStore $officeHours,
		private ITimeFactory $time,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof BeforeTemplateRenderedEvent
			|| $event->getScope() !== BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH) {
			return;
		}
		$share = $event->getShare();
		if ($this->settings->find((int)$share->getId()) === null) {
			return;
		}
		$uid = (string)($share->getSharedBy() ?: $share->getShareOwner());
		$this->initialState->provideInitialState('office_hours', $this->officeHours->availability($uid, $this->time->getTime()));
	}
}
