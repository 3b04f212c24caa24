<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\OCS;

use OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\OCS\OCSNotFoundException (since 9.1.0).
 */
class OCSNotFoundException extends OCSException {
	public function __construct(string $message = '', ?\Exception $previous = null) {
		parent::__construct($message, Http::STATUS_NOT_FOUND, $previous);
	}
}
