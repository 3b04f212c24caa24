<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace Sabre\DAV;

/**
 * Signature stub of sabre/dav's base exception (Nextcloud ships sabre/dav 4.x): the
 * server answers with getHTTPCode().
 */
class Exception extends \Exception {
	public function getHTTPCode(): int {
		return 500;
	}
}
