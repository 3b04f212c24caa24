<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\Files\Event\LoadSidebar;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Policy\SharingPolicy;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCP\AppFramework\Services\IInitialState;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IUserSession;
use OCP\Util;

/**
 * Loads the "Password via Talk" option into the Files sidebar's Sharing tab.
 *
 * @template-implements IEventListener<LoadSidebar>
 */
class LoadSidebarListener implements IEventListener {
	public function __construct(
		private IInitialState $initialState,
		private IUserSession $userSession,
		private TalkAvailability $talk,
		private SharingPolicy $policy,
		private AdminPolicy $settings,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof LoadSidebar) {
			return;
		}
		// An init script: the Sharing tab's action registry is read when the sidebar mounts.
		Util::addInitScript(Application::APP_ID, Application::APP_ID . '-share-option');
		Util::addStyle(Application::APP_ID, Application::APP_ID . '-share-option');

		$user = $this->userSession->getUser();
		$this->initialState->provideInitialState('talk_available', $user !== null && $this->talk->isEnabledForUser($user));
		// The option hides itself for users the administrator did not allow, and is on and
		// locked for members of "required" groups (the server enforces both, see SharePolicyEnforcer)
		$this->initialState->provideInitialState('share_policy', [
			'allowed' => $user !== null && $this->policy->mayUse($user),
			'required' => $user !== null && $this->policy->isRequiredFor($user),
			'defaultMode' => $this->settings->defaultMode()->value,
		]);
	}
}
