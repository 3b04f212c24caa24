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
 * The session side of AuthPublicShareController / files_sharing's ShareController and of
 * dav's PublicAuth: after a correct password the session id is regenerated, the key
 * 'public_link_authenticated_frontend' maps share token => password hash (JSON,
 * PublicShareController::storeTokenSession) and the share id is appended to the LIST
 * 'public_link_authenticated' (ShareController::authSucceeded: array_merge onto what is
 * there, anything that is not an array counting as empty). Public WebDAV accepts a session
 * only when that list holds the share (PublicAuth::isShareInSession).
 * Read: nextcloud/ocp v33.0.8 / v34.0.3 lib/public/AppFramework/PublicShareController.php and
 * AuthPublicShareController.php; server stable32 after PR #55955 (32.0.8) for
 * apps/files_sharing/lib/Controller/ShareController.php and
 * apps/dav/lib/Connector/Sabre/PublicAuth.php (tests/demo/README.md).
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
		$this->addShareToSession($share);
	}

	/** PublicAuth::isShareInSession. */
	public function isShareInSession(IShare $share): bool {
		if (!$this->session->exists(self::DAV_AUTHENTICATED)) {
			return false;
		}
		$allowedShareIds = $this->session->get(self::DAV_AUTHENTICATED);
		if (!is_array($allowedShareIds)) {
			return false;
		}
		return in_array($share->getId(), $allowedShareIds);
	}

	/** PublicAuth::addShareToSession (and ShareController::authSucceeded, which merges the same way). */
	public function addShareToSession(IShare $share): void {
		$allowedShareIds = $this->session->get(self::DAV_AUTHENTICATED) ?? [];
		if (!is_array($allowedShareIds)) {
			$allowedShareIds = [];
		}
		$allowedShareIds[] = $share->getId();
		$this->session->set(self::DAV_AUTHENTICATED, $allowedShareIds);
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
