<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\User;

/**
 * The demo's accounts and groups.
 */
final class UserDirectory {
	/** uid => [display name, e-mail, groups] */
	private const USERS = [
		'alice' => ['Alice Adams', 'alice@example.com', ['sharers']],
		'bob' => ['Bob Berg', 'bob@example.com', []],
		'admin' => ['Demo Admin', 'admin@example.com', ['admin']],
	];

	public function find(string $uid): ?DemoUser {
		if (!isset(self::USERS[$uid])) {
			return null;
		}
		[$displayName, $email] = self::USERS[$uid];
		return new DemoUser($uid, $displayName, $email);
	}

	/**
	 * @return list<DemoUser>
	 */
	public function all(): array {
		return array_values(array_filter(array_map(fn (string $uid) => $this->find($uid), array_keys(self::USERS))));
	}

	/**
	 * @return list<string>
	 */
	public function groupsOf(string $uid): array {
		return self::USERS[$uid][2] ?? [];
	}

	/**
	 * @return list<string>
	 */
	public function groups(): array {
		$groups = [];
		foreach (self::USERS as $user) {
			$groups = array_merge($groups, $user[2]);
		}
		return array_values(array_unique($groups));
	}

	/**
	 * @return list<string>
	 */
	public function membersOf(string $gid): array {
		return array_values(array_filter(array_keys(self::USERS), fn (string $uid) => in_array($gid, self::USERS[$uid][2], true)));
	}
}
