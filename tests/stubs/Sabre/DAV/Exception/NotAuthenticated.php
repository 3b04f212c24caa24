<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace Sabre\DAV\Exception;

use Sabre\DAV\Exception;

/**
 * Signature stub of Sabre\DAV\Exception\NotAuthenticated: 401.
 */
class NotAuthenticated extends Exception {
	public function getHTTPCode(): int {
		return 401;
	}
}
