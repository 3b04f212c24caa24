<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSession;

use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ISession;
use OCP\Share\IShare;

/**
 * What our unlock gives a browser session for a public share, and taking it back.
 *
 * The unlock opens the share as files_sharing does after a correct password
 * (AuthPublicShareController::authenticate and ShareController::authSucceeded): a new session
 * id (against session fixation), then the share token mapped to the share's password hash in
 * the frontend map, and the share id appended to the list public WebDAV reads
 * (PublicDavShareList). The map holds the password HASH: changing the share password locks
 * such sessions out again, as it does for sessions opened with the password.
 *
 * Every unlock is a grant: a row of vv_grants (GrantMapper) that the sharer sees and can
 * revoke, whose id and time the session keeps per share token. Taking access back (revoked,
 * expired, ended) undoes the unlock: the token leaves the frontend map and the id leaves the
 * WebDAV list, so the password page shows again. Every other share the session opened stays
 * open in both.
 */
class ShareSessionAccess {
	/** files_sharing's map {share token: password hash} (JSON), PublicShareController::DAV_AUTHENTICATED_FRONTEND. */
	public const FRONTEND_KEY = 'public_link_authenticated_frontend';
	public const DAV_KEY = PublicDavShareList::SESSION_KEY;
	/** Ours: {share token: unix time of the unlock}. */
	public const GRANT_TIMES_KEY = 'video_verification_grants';
	/** Ours: {share token: id of the grant row}. */
	public const GRANT_IDS_KEY = 'video_verification_grant_ids';

	public function __construct(
		private ISession $session,
		private ITimeFactory $time,
		private AdminPolicy $policy,
		private GrantMapper $grantMapper,
	) {
	}

	/**
	 * Opens the share for this session and records the grant. The grant row's session hash
	 * is the request's: the keyed hash of the nonce that binds the request to this browser
	 * session (RequestSessionBinding), which survives the id regeneration.
	 */
	public function unlock(IShare $share, VerificationRequest $request): void {
		$this->session->regenerateId(true, true);
		$token = (string)$share->getToken();
		$tokens = $this->frontendTokens();
		$tokens[$token] = $share->getPassword();
		$this->session->set(self::FRONTEND_KEY, json_encode($tokens));
		PublicDavShareList::add($this->session, (string)$share->getId());

		$now = $this->time->getTime();
		$grantId = $this->grantMapper->insert($request->requestId, (int)$share->getId(), $request->sessionHash, $now);
		$times = $this->grantTimes();
		$times[$token] = $now;
		$this->session->set(self::GRANT_TIMES_KEY, json_encode($times));
		$ids = $this->grantIds();
		$ids[$token] = $grantId;
		$this->session->set(self::GRANT_IDS_KEY, json_encode($ids));
	}

	/**
	 * The id of the grant row this session holds for the share, if our unlock opened it.
	 */
	public function grantId(IShare $share): ?int {
		return $this->grantIds()[(string)$share->getToken()] ?? null;
	}

	/**
	 * The password hash the unlock stored for the share (files_sharing compares it with the
	 * share's current one), null when the session holds none.
	 */
	public function unlockedPasswordHash(IShare $share): ?string {
		$hash = $this->frontendTokens()[(string)$share->getToken()] ?? null;
		return is_string($hash) ? $hash : null;
	}

	/**
	 * Takes the share back when the session's grant is older than the administrator's grant
	 * lifetime (by the unlock time the session keeps), and ends its row.
	 *
	 * @return bool whether the session's access to the share was taken back just now
	 */
	public function revokeIfExpired(IShare $share): bool {
		$token = (string)$share->getToken();
		$times = $this->grantTimes();
		$ttlMinutes = $this->policy->grantTtlMinutes();
		if (!isset($times[$token]) || $ttlMinutes === 0
			|| $this->time->getTime() - $times[$token] < $ttlMinutes * 60) {
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
		$times = $this->grantTimes();
		unset($times[$token]);
		$this->session->set(self::GRANT_TIMES_KEY, json_encode($times));
		$ids = $this->grantIds();
		unset($ids[$token]);
		$this->session->set(self::GRANT_IDS_KEY, json_encode($ids));
		$tokens = $this->frontendTokens();
		if (array_key_exists($token, $tokens)) {
			unset($tokens[$token]);
			$this->session->set(self::FRONTEND_KEY, json_encode($tokens === [] ? new \stdClass() : $tokens));
		}
		PublicDavShareList::remove($this->session, (string)$share->getId());
	}

	/**
	 * files_sharing's frontend map as stored; anything else reads as empty.
	 *
	 * @return array<array-key, mixed>
	 */
	private function frontendTokens(): array {
		$stored = $this->session->get(self::FRONTEND_KEY);
		$tokens = is_string($stored) ? json_decode($stored, true) : null;
		return is_array($tokens) ? $tokens : [];
	}

	/**
	 * @return array<string, int> share token => unix time of the grant
	 */
	private function grantTimes(): array {
		return $this->intMap(self::GRANT_TIMES_KEY);
	}

	/**
	 * @return array<string, int> share token => grant id
	 */
	private function grantIds(): array {
		return $this->intMap(self::GRANT_IDS_KEY);
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
