<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\App;

use OCP\IUser;

/**
 * Partial signature stub of OCP\App\IAppManager (since 8.0.0): the members this app uses.
 */
interface IAppManager {
	/**
	 * @return string the version from appinfo/info.xml, '0' when the app is unknown
	 */
	public function getAppVersion(string $appId, bool $useCache = true): string;

	/**
	 * @param string $appId
	 * @param IUser|null $user (optional) if not defined, the currently logged in user will be used
	 * @return bool
	 */
	public function isEnabledForUser($appId, $user = null);

	/**
	 * Check if an app is enabled in the instance (despite its name, not only installed).
	 *
	 * @param string $appId
	 * @return bool
	 */
	public function isInstalled($appId);

	/**
	 * Whether an app is enabled for everyone or for some groups (since 32.0.0).
	 */
	public function isEnabledForAnyone(string $appId): bool;

	/**
	 * @return string[] the group ids the app is restricted to, empty when enabled for everyone
	 */
	public function getAppRestriction(string $appId): array;
}
