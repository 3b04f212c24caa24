<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSession;

use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Share\IShare;

/**
 * Decides on every request of a share (its page, its download, public WebDAV) whether the
 * grant our unlock gave this browser session still holds. It ends when the sharer revoked
 * it, when it is older than the administrator's grant lifetime, when the share's password
 * changed or verification was switched off for the share, and when the share was deleted;
 * the first three are noticed here and written to the grant row. While it holds, its last
 * use is written (at most once a minute).
 *
 * A session that opened the share some other way (the share password typed on the
 * password page) has no grant of ours and is left alone.
 */
class GrantEnforcer {
	public function __construct(
		private ShareSessionAccess $shareSession,
		private GrantMapper $grants,
		private ShareSettingsMapper $settings,
		private AdminPolicy $policy,
		private ITimeFactory $time,
	) {
	}

	/**
	 * @return GrantEndReason|null why this session's grant for the share has ended; null
	 *                             while it holds or when the session has none of ours
	 */
	public function endedGrant(IShare $share): ?GrantEndReason {
		$grantId = $this->shareSession->grantId($share);
		if ($grantId === null) {
			return null;
		}
		$grant = $this->grants->find($grantId);
		if ($grant === null || (string)$grant->shareId !== (string)$share->getId()) {
			return GrantEndReason::Revoked;
		}
		if (!$grant->isActive()) {
			return $grant->endReason ?? GrantEndReason::Revoked;
		}

		$now = $this->time->getTime();
		$reason = $this->endsNow($share, $grant->createdAt, $now);
		if ($reason !== null) {
			$this->grants->end($grantId, $now, $reason);
			return $reason;
		}
		$this->grants->touch($grantId, $now);
		return null;
	}

	/**
	 * For requests that may write the session (the share page, the download): takes the
	 * share back from the session when its grant has ended.
	 *
	 * @return bool whether access was taken back just now
	 */
	public function enforce(IShare $share): bool {
		// Sessions unlocked before grants had rows carry only the time of the unlock.
		if ($this->shareSession->revokeIfExpired($share)) {
			return true;
		}
		if ($this->endedGrant($share) === null) {
			return false;
		}
		$this->shareSession->takeBack($share);
		return true;
	}

	private function endsNow(IShare $share, int $createdAt, int $now): ?GrantEndReason {
		$ttlMinutes = $this->policy->grantTtlMinutes();
		if ($ttlMinutes > 0 && $now - $createdAt >= $ttlMinutes * 60) {
			return GrantEndReason::Expired;
		}
		$unlockedWith = $this->shareSession->unlockedPasswordHash($share);
		if ($unlockedWith === null || $unlockedWith !== $share->getPassword()) {
			return GrantEndReason::PasswordChanged;
		}
		if ($this->settings->find((int)$share->getId()) === null) {
			return GrantEndReason::VerificationOff;
		}
		return null;
	}
}
