<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * How a request's access was released to the recipient.
 */
enum ReleaseMethod: string {
	/** The sharer pressed Approve. */
	case Approve = 'approve';
	/** The recipient typed the share password told in the call. */
	case Password = 'password';
}
