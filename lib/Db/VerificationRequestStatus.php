<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * Where a recipient's verification request stands.
 */
enum VerificationRequestStatus: string {
	/** Registered; the recipient is calling or waiting for the sharer. */
	case Pending = 'pending';
	/** The recipient hung up before the sharer released the file. */
	case Cancelled = 'cancelled';
	/** Nobody decided before the request's expiry (a pending row past expires_at reads so). */
	case Expired = 'expired';
}
