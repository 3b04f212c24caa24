<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCP\ISession;
use OCP\Share\IShare;

/**
 * The session side of AuthPublicShareController / files_sharing's ShareController:
 * after a correct password the session id is regenerated, the key
 * 'public_link_authenticated_frontend' maps share token => password hash (JSON) and
 * 'public_link_authenticated' holds the share id (public WebDAV).
 */
final class PublicShareSession {
	public const DAV_AUTHENTICATED_FRONTEND = 'public_link_authenticated_frontend';
	public const DAV_AUTHENTICATED = 'public_link_authenticated';

	public function __construct(
		private readonly ISession $session,
	) {
	}

	public function isAuthenticated(IShare $share): bool {
		if ($share->getPassword() === null || $share->getPassword() === '') {
			return true;
		}
		$tokens = $this->tokens();
		return isset($tokens[$share->getToken()]) && $tokens[$share->getToken()] === $share->getPassword();
	}

	public function authenticate(IShare $share): void {
		$this->session->regenerateId(true, true);
		$tokens = $this->tokens();
		$tokens[$share->getToken()] = $share->getPassword();
		$this->session->set(self::DAV_AUTHENTICATED_FRONTEND, json_encode($tokens));
		$this->session->set(self::DAV_AUTHENTICATED, $share->getId());
	}

	/**
	 * @return array<string, string>
	 */
	private function tokens(): array {
		$stored = $this->session->get(self::DAV_AUTHENTICATED_FRONTEND);
		$decoded = is_string($stored) ? json_decode($stored, true) : null;
		return is_array($decoded) ? $decoded : [];
	}
}
