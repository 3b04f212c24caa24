<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ISession;
use OCP\Share\IShare;

/**
 * When our unlock opened a share for this browser session, and taking that access back
 * once it is older than the administrator's grant lifetime (AdminPolicy::grantTtlMinutes;
 * 0 = it lasts as long as the browser session, as a typed password does).
 *
 * Taking back means undoing what the unlock did: the share's token leaves files_sharing's
 * 'public_link_authenticated_frontend' map and its id leaves the 'public_link_authenticated'
 * list (public WebDAV), so the password page shows again. Every other share the session
 * opened stays in both.
 */
class SessionGrants {
	public const SESSION_KEY = 'video_verification_grants';

	public function __construct(
		private ISession $session,
		private ITimeFactory $time,
		private AdminPolicy $policy,
	) {
	}

	public function record(IShare $share): void {
		$grants = $this->grants();
		$grants[(string)$share->getToken()] = $this->time->getTime();
		$this->session->set(self::SESSION_KEY, json_encode($grants));
	}

	/**
	 * @return bool whether the session's access to the share was taken back just now
	 */
	public function revokeIfExpired(IShare $share): bool {
		$token = (string)$share->getToken();
		$grants = $this->grants();
		$ttlMinutes = $this->policy->grantTtlMinutes();
		if (!isset($grants[$token]) || $ttlMinutes === 0
			|| $this->time->getTime() - $grants[$token] < $ttlMinutes * 60) {
			return false;
		}

		unset($grants[$token]);
		$this->session->set(self::SESSION_KEY, json_encode($grants));
		$stored = $this->session->get(ShareSessionUnlocker::FRONTEND_KEY);
		$tokens = is_string($stored) ? json_decode($stored, true) : null;
		if (is_array($tokens) && array_key_exists($token, $tokens)) {
			unset($tokens[$token]);
			$this->session->set(ShareSessionUnlocker::FRONTEND_KEY, json_encode($tokens === [] ? new \stdClass() : $tokens));
		}
		PublicDavShareList::remove($this->session, (string)$share->getId());
		return true;
	}

	/**
	 * @return array<string, int> share token => unix time of the grant
	 */
	private function grants(): array {
		$stored = $this->session->get(self::SESSION_KEY);
		$decoded = is_string($stored) ? json_decode($stored, true) : null;
		if (!is_array($decoded)) {
			return [];
		}
		return array_filter($decoded, static fn ($time, $token): bool => is_int($time) && is_string($token), ARRAY_FILTER_USE_BOTH);
	}
}
