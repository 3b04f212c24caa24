<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCP\IL10N;
use OCP\IUser;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Loads a share by the numeric id files_sharing's OCS API hands out, for a user who
 * may edit it.
 */
class ShareResolver {
	/**
	 * Link shares live in the default provider, e-mail shares in sharebymail's;
	 * both use ids of the same oc_share table, so at most one of them matches.
	 */
	private const PROVIDERS = ['ocinternal', 'ocMailShare'];

	public function __construct(
		private IManager $shareManager,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws ShareNotFoundException for an unknown id and for a share the user may not
	 *                                edit alike, so that nobody learns which ids exist
	 */
	public function resolveEditable(string $shareId, IUser $user): IShare {
		// oc_share.id is a BIGINT: at most 19 digits.
		if (preg_match('/^[1-9][0-9]{0,18}$/', $shareId) !== 1) {
			throw $this->notFound();
		}
		foreach (self::PROVIDERS as $provider) {
			try {
				$share = $this->shareManager->getShareById($provider . ':' . $shareId);
			} catch (ShareNotFound) {
				continue;
			}
			if (!$this->canEdit($share, $user)) {
				throw $this->notFound();
			}
			return $share;
		}
		throw $this->notFound();
	}

	/**
	 * The rule of files_sharing's ShareAPIController::canEditShare: the owner of the
	 * file and the initiator of the share may edit it, nobody else.
	 */
	private function canEdit(IShare $share, IUser $user): bool {
		if ($share->getPermissions() === 0) {
			return false;
		}
		$uid = $user->getUID();
		return $share->getShareOwner() === $uid || $share->getSharedBy() === $uid;
	}

	private function notFound(): ShareNotFoundException {
		return new ShareNotFoundException($this->l10n->t('Share not found'));
	}
}
