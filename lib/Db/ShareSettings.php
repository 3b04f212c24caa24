<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * Our settings for one share with verification switched on (a row of vv_share_settings).
 */
final class ShareSettings {
	public function __construct(
		public readonly int $shareId,
		public readonly VerificationMode $mode,
		/** uid of the user who switched verification on */
		public readonly string $enabledBy,
		/** unix time when verification was switched on */
		public readonly int $enabledAt,
		/** whether the share's current password is one the app generated (nobody knows it) */
		public readonly bool $passwordGenerated,
	) {
	}

	public function withMode(VerificationMode $mode, bool $passwordGenerated): self {
		return new self($this->shareId, $mode, $this->enabledBy, $this->enabledAt, $passwordGenerated);
	}

	public function equals(self $other): bool {
		return $this->shareId === $other->shareId
			&& $this->mode === $other->mode
			&& $this->enabledBy === $other->enabledBy
			&& $this->enabledAt === $other->enabledAt
			&& $this->passwordGenerated === $other->passwordGenerated;
	}
}
