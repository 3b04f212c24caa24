<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\VerificationRequest;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ISession;
use OCP\Share\IShare;

/**
 * The grants our unlock gave this browser session: for each share token the time of the
 * unlock and the id of its row in vv_grants (GrantMapper), which the sharer sees and can
 * revoke.
 *
 * Taking access back means undoing what the unlock did: the share's token leaves
 * files_sharing's 'public_link_authenticated_frontend' map and its id leaves the
 * 'public_link_authenticated' list (public WebDAV), so the password page shows again.
 * Every other share the session opened stays in both.
 */
class SessionGrants {
	public const SESSION_KEY = 'video_verification_grants';
	public const IDS_KEY = 'video_verification_grant_ids';

	public function __construct(
		private ISession $session,
		private ITimeFactory $time,
		private AdminPolicy $policy,
		private GrantMapper $grantMapper,
	) {
	}

	/**
	 * Creates the grant row of an unlock and remembers it in the session. The row's
	 * session hash is the request's: the keyed hash of the nonce that binds the request to
	 * this browser session (RequestSessionBinding), which survives id regeneration.
	 */
	public function record(IShare $share, VerificationRequest $request): void {
		$now = $this->time->getTime();
		$grantId = $this->grantMapper->insert($request->requestId, (int)$share->getId(), $request->sessionHash, $now);
		$token = (string)$share->getToken();
		$grants = $this->grants();
		$grants[$token] = $now;
		$this->session->set(self::SESSION_KEY, json_encode($grants));
		$ids = $this->ids();
		$ids[$token] = $grantId;
		$this->session->set(self::IDS_KEY, json_encode($ids));
	}

	/**
	 * The id of the grant row this session holds for the share, if our unlock opened it.
	 */
	public function grantId(IShare $share): ?int {
		return $this->ids()[(string)$share->getToken()] ?? null;
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
		$grantId = $this->grantId($share);
		if ($grantId !== null) {
			$this->grantMapper->end($grantId, $this->time->getTime(), GrantEndReason::Expired);
		}
		$this->takeBack($share);
		return true;
	}

	/**
	 * Undoes the unlock of the share in this session (and forgets its grant).
	 */
	public function takeBack(IShare $share): void {
		$token = (string)$share->getToken();
		$grants = $this->grants();
		unset($grants[$token]);
		$this->session->set(self::SESSION_KEY, json_encode($grants));
		$ids = $this->ids();
		unset($ids[$token]);
		$this->session->set(self::IDS_KEY, json_encode($ids));
		$stored = $this->session->get(ShareSessionUnlocker::FRONTEND_KEY);
		$tokens = is_string($stored) ? json_decode($stored, true) : null;
		if (is_array($tokens) && array_key_exists($token, $tokens)) {
			unset($tokens[$token]);
			$this->session->set(ShareSessionUnlocker::FRONTEND_KEY, json_encode($tokens === [] ? new \stdClass() : $tokens));
		}
		PublicDavShareList::remove($this->session, (string)$share->getId());
	}

	/**
	 * The password hash the unlock stored for the share (files_sharing compares it with the
	 * share's current one), null when the session holds none.
	 */
	public function unlockedPasswordHash(IShare $share): ?string {
		$stored = $this->session->get(ShareSessionUnlocker::FRONTEND_KEY);
		$tokens = is_string($stored) ? json_decode($stored, true) : null;
		$hash = is_array($tokens) ? ($tokens[(string)$share->getToken()] ?? null) : null;
		return is_string($hash) ? $hash : null;
	}

	/**
	 * @return array<string, int> share token => unix time of the grant
	 */
	private function grants(): array {
		return $this->intMap(self::SESSION_KEY);
	}

	/**
	 * @return array<string, int> share token => grant id
	 */
	private function ids(): array {
		return $this->intMap(self::IDS_KEY);
	}

	/**
	 * @return array<string, int>
	 */
	private function intMap(string $key): array {
		$stored = $this->session->get($key);
		$decoded = is_string($stored) ? json_decode($stored, true) : null;
		if (!is_array($decoded)) {
			return [];
		}
		return array_filter($decoded, static fn ($value, $token): bool => is_int($value) && is_string($token), ARRAY_FILTER_USE_BOTH);
	}
}
