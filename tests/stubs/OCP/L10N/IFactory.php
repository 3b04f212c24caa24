<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\L10N;

use OCP\IL10N;
use OCP\IUser;

/**
 * Signature stub of OCP\L10N\IFactory (since 8.2.0).
 */
interface IFactory {
	public function get($app, $lang = null, $locale = null): IL10N;

	public function findLanguage(?string $appId = null): string;

	public function getUserLanguage(?IUser $user = null): string;
}
