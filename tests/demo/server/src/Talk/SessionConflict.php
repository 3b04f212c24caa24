<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\VideoVerification\Demo\Talk\Model\Session;

/**
 * Joining without `force` while this browser's earlier session is still in the call (409).
 */
final class SessionConflict extends \RuntimeException {
	public function __construct(
		public readonly Session $existing,
	) {
		parent::__construct('Session already exists');
	}
}
