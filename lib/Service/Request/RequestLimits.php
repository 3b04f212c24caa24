<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\TooManyRequestsException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;

/**
 * Bounds how many requests a share has at once, whoever sends them: at most MAX_OPEN live
 * requests (requested or ringing, not expired, and polled by the recipient's page within
 * the last VerificationRequest::LIVENESS_SECONDS), counted in the database.
 *
 * Only live requests count. A bound on past requests (say, per hour) would let one visitor
 * who creates and cancels requests shut the real recipient out for as long as they keep
 * doing it; a closed or crashed page frees its place within LIVENESS_SECONDS instead. How
 * fast one client makes requests is bounded by Nextcloud's rate limiter (per IP or user,
 * on RequestController::create), and a browser session has at most one open request
 * (RequestAdmission supersedes the older one).
 */
class RequestLimits {
	public const MAX_OPEN = 3;

	public function __construct(
		private VerificationRequestMapper $mapper,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws TooManyRequestsException
	 */
	public function assertShareMayOpenAnother(int $shareId): void {
		if ($this->mapper->countOpen($shareId, $this->time->getTime()) >= self::MAX_OPEN) {
			throw new TooManyRequestsException($this->l10n->t('There are already calls waiting for this share. Please wait a minute and try again.'));
		}
	}
}
