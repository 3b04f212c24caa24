<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\User;

use OCP\ISession;
use OCP\IUser;
use OCP\IUserSession;

/**
 * The logged-in account, kept in the PHP session under 'user_id' as Nextcloud does.
 */
final class DemoUserSession implements IUserSession {
	private ?IUser $volatileUser = null;

	public function __construct(
		private readonly ISession $session,
		private readonly UserDirectory $directory,
	) {
	}

	public function login($uid, $password) {
		return false;
	}

	/**
	 * The demo's only way in: no password, a fresh session id as on a real login.
	 */
	public function loginAs(string $uid): bool {
		$user = $this->directory->find($uid);
		if ($user === null) {
			return false;
		}
		$this->session->regenerateId(true, false);
		$this->session->set('user_id', $uid);
		return true;
	}

	public function logout() {
		$this->session->remove('user_id');
		$this->session->regenerateId(true, false);
	}

	public function setUser($user) {
		if ($user === null) {
			$this->session->remove('user_id');
			return;
		}
		$this->session->set('user_id', $user->getUID());
	}

	public function setVolatileActiveUser(?IUser $user): void {
		$this->volatileUser = $user;
	}

	public function getUser() {
		if ($this->volatileUser !== null) {
			return $this->volatileUser;
		}
		$uid = $this->session->get('user_id');
		return is_string($uid) ? $this->directory->find($uid) : null;
	}

	public function isLoggedIn() {
		return $this->getUser() !== null;
	}

	public function getImpersonatingUserID(): ?string {
		return null;
	}

	public function setImpersonatingUserID(bool $useCurrentUser = true): void {
	}
}
