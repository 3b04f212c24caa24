<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\Model\Session;

/**
 * The caller in a room: its attendee and, once it joined, its current session.
 */
final class Participant {
	public function __construct(
		public readonly Room $room,
		public readonly Attendee $attendee,
		public readonly ?Session $session,
	) {
	}
}
