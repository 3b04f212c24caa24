<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSession;

use OCA\VideoVerification\Db\Grant;
use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\GrantNotFoundException;
use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUser;
use OCP\IUserManager;

/**
 * The sharer's view of a share's grants (who holds access through a verified browser) and
 * taking one back. Only the share's owner and initiator (ShareResolver::resolveEditable).
 *
 * @psalm-import-type VideoVerificationGrant from ResponseDefinitions
 */
class GrantService {
	public function __construct(
		private GrantMapper $grants,
		private VerificationRequestMapper $requests,
		private ShareResolver $shares,
		private IUserManager $userManager,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * @return list<VideoVerificationGrant> the share's grants that still hold, oldest first
	 * @throws ShareNotFoundException
	 */
	public function activeOfShare(string $shareId, IUser $user): array {
		$share = $this->shares->resolveEditable($shareId, $user);
		return array_map(fn (Grant $grant): array => $this->view($grant), $this->grants->findActiveByShare((int)$share->getId()));
	}

	/**
	 * @return VideoVerificationGrant the grant as it ended
	 * @throws GrantNotFoundException
	 */
	public function revoke(string $grantId, IUser $user): array {
		if (preg_match('/^[1-9][0-9]{0,18}$/', $grantId) !== 1) {
			throw $this->notFound();
		}
		$grant = $this->grants->find((int)$grantId);
		if ($grant === null || !$grant->isActive()) {
			throw $this->notFound();
		}
		try {
			$this->shares->resolveEditable((string)$grant->shareId, $user);
		} catch (ShareNotFoundException) {
			throw $this->notFound();
		}
		if (!$this->grants->end($grant->id, $this->time->getTime(), GrantEndReason::Revoked, $user->getUID())) {
			// Ended meanwhile (another revoke, the lifetime, the share deleted).
			throw $this->notFound();
		}
		$ended = $this->grants->find($grant->id);
		return $this->view($ended ?? $grant);
	}

	/**
	 * @return VideoVerificationGrant
	 */
	private function view(Grant $grant): array {
		$request = $this->requests->find($grant->requestId);
		$verifiedBy = $request?->decidedBy;
		return [
			'grantId' => (string)$grant->id,
			'requestId' => $grant->requestId,
			'shareId' => (string)$grant->shareId,
			'requesterName' => $request?->requesterName ?? '',
			'requesterEmail' => $request?->requesterEmail,
			'verifiedAt' => $request?->decidedAt ?? $grant->createdAt,
			'verifiedBy' => $verifiedBy,
			'verifiedByDisplayName' => $verifiedBy === null ? null : ($this->userManager->getDisplayName($verifiedBy) ?? $verifiedBy),
			'releasedBy' => $request?->releasedBy?->value,
			'createdAt' => $grant->createdAt,
			'lastUsedAt' => $grant->lastUsedAt,
			'endedAt' => $grant->endedAt,
			'endReason' => $grant->endReason?->value,
		];
	}

	private function notFound(): GrantNotFoundException {
		return new GrantNotFoundException($this->l10n->t('Access not found'));
	}
}
