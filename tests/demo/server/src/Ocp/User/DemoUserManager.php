<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\User;

use OCP\Federation\ICloudId;
use OCP\IUser;
use OCP\IUserManager;

final class DemoUserManager implements IUserManager {
	public function __construct(
		private readonly UserDirectory $directory,
	) {
	}

	public function registerBackend($backend) {
	}

	public function getBackends() {
		return [];
	}

	public function removeBackend($backend) {
	}

	public function clearBackends() {
	}

	public function get($uid): ?IUser {
		return $this->directory->find((string)$uid);
	}

	public function getDisplayName(string $uid): ?string {
		return $this->directory->find($uid)?->getDisplayName();
	}

	public function userExists($uid, array $excludeBackends = []): bool {
		return $this->directory->find((string)$uid) !== null;
	}

	public function checkPassword($loginName, $password) {
		return false;
	}

	public function search($pattern, $limit = null, $offset = null) {
		return $this->matching(fn (IUser $user) => $pattern === '' || stripos($user->getUID(), (string)$pattern) !== false);
	}

	public function searchDisplayName($pattern, $limit = null, $offset = null) {
		return array_values($this->matching(fn (IUser $user) => $pattern === '' || stripos($user->getDisplayName(), (string)$pattern) !== false));
	}

	public function getDisabledUsers(?int $limit = null, int $offset = 0, string $search = ''): array {
		return [];
	}

	public function searchKnownUsersByDisplayName(string $searcher, string $pattern, ?int $limit = null, ?int $offset = null): array {
		return $this->searchDisplayName($pattern, $limit, $offset);
	}

	public function createUser($uid, $password) {
		return false;
	}

	public function createUserFromBackend($uid, $password, \OCP\UserInterface $backend) {
		return false;
	}

	public function countUsers(bool $onlyMappedUsers = false) {
		return ['Database' => count($this->directory->all())];
	}

	public function countUsersTotal(int $limit = 0, bool $onlyMappedUsers = false): int|false {
		return count($this->directory->all());
	}

	public function callForAllUsers(\Closure $callback, $search = '', $onlySeen = false) {
		foreach ($this->directory->all() as $user) {
			$callback($user);
		}
	}

	public function countDisabledUsers() {
		return 0;
	}

	public function countSeenUsers() {
		return count($this->directory->all());
	}

	public function callForSeenUsers(\Closure $callback) {
		$this->callForAllUsers($callback);
	}

	public function getByEmail($email) {
		return array_values(array_filter($this->directory->all(), fn (IUser $user) => $user->getEMailAddress() === $email));
	}

	public function validateUserId(string $uid, bool $checkDataDirectory = false): void {
	}

	public function getLastLoggedInUsers(?int $limit = null, int $offset = 0, string $search = ''): array {
		return [];
	}

	public function getExistingUser(string $userId, ?string $displayName = null): IUser {
		return $this->directory->find($userId) ?? new DemoUser($userId, $displayName ?? $userId, '');
	}

	/**
	 * A read-only user named after the cloud id, as nextcloud/server's Manager::getFederatedUser.
	 */
	public function getFederatedUser(ICloudId $cloudId): IUser {
		return new DemoUser($cloudId->getId(), $cloudId->getDisplayId(), '');
	}

	public function getSeenUsers(int $offset = 0, ?int $limit = null): \Iterator {
		return new \ArrayIterator($this->directory->all());
	}

	/**
	 * IUserManager (since 34): core's avatar routes, /avatar/{userId}/{size}[/dark].
	 */
	public function getAvatarUrlLight(string $userId, int $size): string {
		return '/avatar/' . rawurlencode($userId) . '/' . $size;
	}

	public function getAvatarUrlDark(string $userId, int $size): string {
		return '/avatar/' . rawurlencode($userId) . '/' . $size . '/dark';
	}

	/**
	 * @param callable(IUser): bool $filter
	 * @return array<string, IUser>
	 */
	private function matching(callable $filter): array {
		$result = [];
		foreach ($this->directory->all() as $user) {
			if ($filter($user)) {
				$result[$user->getUID()] = $user;
			}
		}
		return $result;
	}
}
