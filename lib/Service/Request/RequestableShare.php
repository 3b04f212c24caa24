<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\ShareSettings;
use OCP\Share\IShare;

/**
 * A link or e-mail share with our verification on, which a recipient may ask to open.
 */
final class RequestableShare {
	public function __construct(
		public readonly IShare $share,
		public readonly ShareSettings $settings,
	) {
	}

	public function shareId(): int {
		return (int)$this->share->getId();
	}

	/**
	 * The name Talk gives the call for a link share, and the sharer sees.
	 */
	public function fileName(): string {
		return mb_substr(trim((string)$this->share->getTarget(), '/'), 0, 255, 'UTF-8');
	}

	/**
	 * Whom an e-mail share was sent to; null for a link share, whose caller is unknown.
	 */
	public function recipientEmail(): ?string {
		if ($this->share->getShareType() !== IShare::TYPE_EMAIL) {
			return null;
		}
		$email = (string)$this->share->getSharedWith();
		return $email === '' ? null : $email;
	}
}
