<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Model;

/**
 * One connection of an attendee to a room (spreed's Session): the Talk session id that
 * signaling uses, its in-call flags and its last ping.
 */
final class Session {
	public const FLAG_DISCONNECTED = 0;
	public const FLAG_IN_CALL = 1;
	public const FLAG_WITH_AUDIO = 2;
	public const FLAG_WITH_VIDEO = 4;

	public function __construct(
		public readonly string $sessionId,
		public readonly int $roomId,
		public readonly int $attendeeId,
		public readonly int $inCall,
		public readonly int $lastPing,
	) {
	}

	public function isInCall(): bool {
		return ($this->inCall & self::FLAG_IN_CALL) !== 0;
	}
}
