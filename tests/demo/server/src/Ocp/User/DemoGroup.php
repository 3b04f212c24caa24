<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\User;

use OCP\IGroup;
use OCP\IUser;

final class DemoGroup implements IGroup {
	public function __construct(
		private readonly string $gid,
		private readonly UserDirectory $directory,
	) {
	}

	public function getGID(): string {
		return $this->gid;
	}

	public function getDisplayName(): string {
		return $this->gid;
	}

	public function setDisplayName(string $displayName): bool {
		return false;
	}

	public function getUsers(): array {
		$users = [];
		foreach ($this->directory->membersOf($this->gid) as $uid) {
			$users[$uid] = $this->directory->find($uid);
		}
		return array_filter($users);
	}

	public function inGroup(IUser $user): bool {
		return in_array($user->getUID(), $this->directory->membersOf($this->gid), true);
	}

	public function addUser(IUser $user): void {
	}

	public function removeUser(IUser $user): void {
	}

	public function searchUsers(string $search, ?int $limit = null, ?int $offset = null): array {
		return array_values(array_filter($this->getUsers(), fn (IUser $user) => $search === '' || stripos($user->getUID(), $search) !== false));
	}

	public function count($search = ''): int|bool {
		return count($this->searchUsers((string)$search));
	}

	public function countDisabled(): int|bool {
		return 0;
	}

	public function searchDisplayName(string $search, ?int $limit = null, ?int $offset = null): array {
		return array_values(array_filter($this->getUsers(), fn (IUser $user) => $search === '' || stripos($user->getDisplayName(), $search) !== false));
	}

	public function getBackendNames(): array {
		return ['Database'];
	}

	public function delete(): bool {
		return false;
	}

	public function canRemoveUser(): bool {
		return false;
	}

	public function canAddUser(): bool {
		return false;
	}

	public function hideFromCollaboration(): bool {
		return false;
	}
}
