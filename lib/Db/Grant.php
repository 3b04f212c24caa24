<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * A browser session's access to a share, opened by a verification (a row of vv_grants).
 */
final class Grant {
	public function __construct(
		public readonly int $id,
		public readonly string $requestId,
		public readonly int $shareId,
		/** keyed hash of the browser's session binding */
		public readonly string $sessionHash,
		public readonly int $createdAt,
		public readonly int $lastUsedAt,
		public readonly ?int $endedAt = null,
		public readonly ?GrantEndReason $endReason = null,
		public readonly ?string $endedBy = null,
	) {
	}

	public function isActive(): bool {
		return $this->endedAt === null;
	}
}
