<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IUserSession (since 6.0.0).
 */
interface IUserSession {
	/** @return bool */
	public function login($uid, $password);

	public function logout();

	/** @param IUser|null $user */
	public function setUser($user);

	public function setVolatileActiveUser(?IUser $user): void;

	/** @return IUser|null */
	public function getUser();

	/** @return bool */
	public function isLoggedIn();

	public function getImpersonatingUserID(): ?string;

	public function setImpersonatingUserID(bool $useCurrentUser = true): void;
}
