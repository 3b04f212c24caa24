<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Talk;

use OCP\App\IAppManager;
use OCP\IUser;
use OCP\IUserManager;

/**
 * Whether Nextcloud Talk (app id "spreed") can carry a verification call.
 *
 * Talk is a run-time requirement, not an info.xml dependency: Nextcloud cannot
 * express dependencies between apps.
 */
class TalkAvailability {
	public const TALK_APP_ID = 'spreed';

	public function __construct(
		private IAppManager $appManager,
		private IUserManager $userManager,
	) {
	}

	public function isEnabledForUser(IUser $user): bool {
		return $this->appManager->isEnabledForUser(self::TALK_APP_ID, $user);
	}

	/**
	 * For the sharer of a share, who is known by uid only.
	 */
	public function isEnabledForUserId(string $uid): bool {
		$user = $this->userManager->get($uid);
		return $user instanceof IUser && $this->isEnabledForUser($user);
	}

	public function status(): TalkStatus {
		// Enabled for anyone (for everybody or for some groups); IAppManager::isInstalled,
		// which meant the same, is deprecated since Nextcloud 32.
		if (!$this->appManager->isEnabledForAnyone(self::TALK_APP_ID)) {
			return new TalkStatus(false, false, null);
		}
		return new TalkStatus(
			true,
			$this->appManager->getAppRestriction(self::TALK_APP_ID) === [],
			$this->appManager->getAppVersion(self::TALK_APP_ID),
		);
	}
}
