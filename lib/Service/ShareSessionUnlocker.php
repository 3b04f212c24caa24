<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\Db\VerificationRequest;
use OCP\ISession;
use OCP\Share\IShare;

/**
 * Opens a share for the current browser session as files_sharing does after a correct
 * password (AuthPublicShareController::authenticate and ShareController::authSucceeded):
 * a new session id (against session fixation), then the share token mapped to the share's
 * password hash in the frontend map, and the share id appended to the list public WebDAV
 * reads (PublicDavShareList). Shares the session had opened before stay open in both.
 *
 * The map holds the password HASH: changing the share password locks such sessions out
 * again, as it does for sessions opened with the password. The unlock becomes a grant
 * (SessionGrants, a row of vv_grants) that the sharer can revoke and the administrator's
 * grant lifetime ends.
 */
class ShareSessionUnlocker {
	public const FRONTEND_KEY = 'public_link_authenticated_frontend';
	public const DAV_KEY = PublicDavShareList::SESSION_KEY;

	public function __construct(
		private ISession $session,
		private SessionGrants $grants,
	) {
	}

	public function unlock(IShare $share, VerificationRequest $request): void {
		$this->session->regenerateId(true, true);
		$stored = $this->session->get(self::FRONTEND_KEY);
		$tokens = is_string($stored) ? json_decode($stored, true) : null;
		$tokens = is_array($tokens) ? $tokens : [];
		$tokens[(string)$share->getToken()] = $share->getPassword();
		$this->session->set(self::FRONTEND_KEY, json_encode($tokens));
		PublicDavShareList::add($this->session, (string)$share->getId());
		$this->grants->record($share, $request);
	}
}
