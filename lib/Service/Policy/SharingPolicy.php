<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Policy;

use OCP\IGroupManager;
use OCP\IUser;
use OCP\IUserManager;

/**
 * Who may use video verification and whose shares must use it, by group membership.
 *
 * Members of a "required" group may always use it, even when they are not in an allowed group:
 * a policy that forces the option on must not also hide it.
 */
class SharingPolicy {
	public function __construct(
		private AdminPolicy $settings,
		private IGroupManager $groupManager,
		private IUserManager $userManager,
	) {
	}

	public function mayUse(IUser $user): bool {
		if ($this->settings->usableBy() === PolicySettings::USABLE_BY_EVERYONE) {
			return true;
		}
		$groups = $this->groupManager->getUserGroupIds($user);
		return array_intersect($groups, $this->settings->allowedGroups()) !== []
			|| array_intersect($groups, $this->settings->requiredGroups()) !== [];
	}

	public function isRequiredFor(IUser $user): bool {
		$required = $this->settings->requiredGroups();
		return $required !== [] && array_intersect($this->groupManager->getUserGroupIds($user), $required) !== [];
	}

	/**
	 * For the initiator of a share, who is known by uid only.
	 */
	public function isRequiredForUserId(string $uid): bool {
		$user = $this->userManager->get($uid);
		return $user instanceof IUser && $this->isRequiredFor($user);
	}
}
