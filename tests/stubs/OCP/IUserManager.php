<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Partial signature stub of OCP\IUserManager (since 8.0.0): the members this app uses.
 */
interface IUserManager {
	/**
	 * @param string $uid
	 * @return IUser|null Either the user or null if the specified user does not exist
	 */
	public function get($uid);

	/**
	 * @param string $uid
	 * @return bool
	 */
	public function userExists($uid);

	/**
	 * @return string|null the display name, null for an unknown user (since 25.0.0)
	 */
	public function getDisplayName(string $uid): ?string;
}
