<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCP\AppFramework\Services\IInitialState;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\IShare;
use OCP\Util;

/**
 * Takes over the password page of a share with our verification on: loads our
 * "Request password" button and sidebar instead of Talk's.
 *
 * Talk's own listener (spreed lib/PublicShareAuth/TemplateLoader.php) listens to the same
 * event with the default priority 0 and adds its sidebar for every share with the
 * "send password by Talk" flag. Nextcloud's dispatcher calls listeners by descending
 * priority and stops at an event whose propagation was stopped, so we run first and
 * stop the event, for our shares only. The CSS of our bundle also hides Talk's elements
 * (#talk-public-share-auth, #talk-public-share-auth-sidebar) should Talk ever run first.
 *
 * @template-implements IEventListener<BeforeTemplateRenderedEvent>
 */
class PublicShareAuthListener implements IEventListener {
	public const PRIORITY = 100;

	public function __construct(
		private IInitialState $initialState,
		private ShareSettingsMapper $mapper,
		private AdminPolicy $policy,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof BeforeTemplateRenderedEvent
			|| $event->getScope() !== BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH) {
			return;
		}
		$share = $event->getShare();
		$shareType = $share->getShareType();
		if (!in_array($shareType, [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true) || !$share->getSendPasswordByTalk()) {
			return;
		}
		$settings = $this->mapper->find((int)$share->getId());
		if ($settings === null) {
			// The flag was set with Nextcloud's own checkbox: Talk's UI serves this share.
			return;
		}

		Util::addScript(Application::APP_ID, Application::APP_ID . '-public-auth');
		Util::addStyle(Application::APP_ID, Application::APP_ID . '-public-auth');
		$this->initialState->provideInitialState('public_share', [
			'shareType' => $shareType,
			// The name Talk gives the call for a link share, and the sharer sees.
			'fileName' => trim((string)$share->getTarget(), '/'),
			'mode' => $settings->mode->value,
			'recipientEmail' => $shareType === IShare::TYPE_EMAIL ? (string)$share->getSharedWith() : null,
			// Without a camera the sidebar offers an audio-only call, or says why it cannot
			'allowCallsWithoutVideo' => $this->policy->allowCallsWithoutVideo(),
		]);
		$event->stopPropagation();
	}
}
