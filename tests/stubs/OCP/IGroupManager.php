<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IGroupManager (since 8.0.0).
 */
interface IGroupManager {
	public function get($gid);

	public function groupExists($gid);

	public function getUserGroupIds(IUser $user): array;

	public function isAdmin($userId);

	public function isInGroup($userId, $group);

	/**
	 * @return IGroup[]
	 */
	public function search(string $search, ?int $limit = null, ?int $offset = null);

	public function getDisplayName(string $groupId): ?string;
}
