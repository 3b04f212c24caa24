<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * Whether a failure counts for brute-force protection, on a route that has it
 * (#[BruteForceProtection]).
 */
enum Throttling {
	/**
	 * A guess at something we do not disclose (an id, a token, a secret): counted on every
	 * protected route, a logged-in user's too.
	 */
	case Probe;
	/**
	 * Counted when an anonymous caller meets it (the recipient's routes count every failure,
	 * so ids, tokens and secrets cannot be probed at speed); a logged-in user's is no attack
	 * (a sharer pressing Approve in the notification and in the Sharing tab meets a 409).
	 */
	case Anonymous;
	/** Never counted. */
	case Never;
}
