<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * The record is still open or approved but not yet used: it has no place in the record
 * chain yet, so no certificate can name its hash.
 */
class RecordNotFinalException extends RequestException {
	public function errorCode(): string {
		return 'record_not_final';
	}
}
