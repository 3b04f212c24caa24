<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\User;

use OCP\IGroup;
use OCP\IGroupManager;
use OCP\IUser;

final class DemoGroupManager implements IGroupManager {
	public function __construct(
		private readonly UserDirectory $directory,
	) {
	}

	public function isBackendUsed($backendClass) {
		return false;
	}

	public function addBackend($backend) {
	}

	public function clearBackends() {
	}

	public function getBackends() {
		return [];
	}

	public function get($gid) {
		return $this->groupExists($gid) ? new DemoGroup((string)$gid, $this->directory) : null;
	}

	public function groupExists($gid) {
		return in_array((string)$gid, $this->directory->groups(), true);
	}

	public function createGroup($gid) {
		return null;
	}

	/**
	 * As the database group backend: id or display name contains the text (any case), paged.
	 */
	public function search(string $search, ?int $limit = null, ?int $offset = null) {
		$matches = array_values(array_filter(
			array_map(fn (string $gid) => $this->get($gid), $this->directory->groups()),
			fn (?IGroup $group) => $group !== null && ($search === ''
				|| stripos($group->getGID(), $search) !== false || stripos($group->getDisplayName(), $search) !== false),
		));
		return array_slice($matches, max(0, (int)$offset), $limit === null || $limit < 0 ? null : $limit);
	}

	public function getUserGroups(?IUser $user = null) {
		if ($user === null) {
			return [];
		}
		$groups = [];
		foreach ($this->directory->groupsOf($user->getUID()) as $gid) {
			$groups[$gid] = new DemoGroup($gid, $this->directory);
		}
		return $groups;
	}

	public function getUserGroupIds(IUser $user): array {
		return $this->directory->groupsOf($user->getUID());
	}

	public function getUserGroupNames(IUser $user) {
		$names = [];
		foreach ($this->directory->groupsOf($user->getUID()) as $gid) {
			$names[$gid] = ['displayName' => $gid];
		}
		return $names;
	}

	public function displayNamesInGroup($gid, $search = '', $limit = -1, $offset = 0) {
		$names = [];
		foreach ($this->directory->membersOf((string)$gid) as $uid) {
			$names[$uid] = (string)$this->directory->find($uid)?->getDisplayName();
		}
		return $names;
	}

	public function isAdmin($userId) {
		return $userId !== null && $this->isInGroup((string)$userId, 'admin');
	}

	public function isDelegatedAdmin(string $userId): bool {
		return false;
	}

	public function isInGroup($userId, $group) {
		return in_array((string)$group, $this->directory->groupsOf((string)$userId), true);
	}

	public function getDisplayName(string $groupId): ?string {
		return $this->groupExists($groupId) ? $groupId : null;
	}

	public function getSubAdmin() {
		throw new \LogicException('The demo host has no sub-admins');
	}
}
