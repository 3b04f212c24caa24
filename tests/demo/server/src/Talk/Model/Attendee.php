<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Model;

/**
 * A user or guest taking part in a room (spreed's Attendee); participant types and
 * permission bits as in Talk's docs/constants.md.
 */
final class Attendee {
	public const ACTOR_USERS = 'users';
	public const ACTOR_GUESTS = 'guests';

	public const OWNER = 1;
	public const MODERATOR = 2;
	public const USER = 3;
	public const GUEST = 4;
	public const USER_SELF_JOINED = 5;

	public const PERMISSIONS_CALL_START = 2;
	public const PERMISSIONS_CALL_JOIN = 4;
	public const PERMISSIONS_LOBBY_IGNORE = 8;
	public const PERMISSIONS_PUBLISH_AUDIO = 16;
	public const PERMISSIONS_PUBLISH_VIDEO = 32;
	public const PERMISSIONS_PUBLISH_SCREEN = 64;
	public const PERMISSIONS_CHAT = 128;
	public const PERMISSIONS_REACT = 256;
	public const PERMISSIONS_MAX_DEFAULT = 510;

	public function __construct(
		public readonly int $id,
		public readonly int $roomId,
		public readonly string $actorType,
		public readonly string $actorId,
		public readonly string $displayName,
		public readonly int $participantType,
	) {
	}

	public function isGuest(): bool {
		return $this->actorType === self::ACTOR_GUESTS;
	}

	public function isModerator(): bool {
		return $this->participantType === self::OWNER || $this->participantType === self::MODERATOR;
	}

	/**
	 * Moderators get everything; everybody else everything but skipping the lobby.
	 * Guests may always start the call in video-verification rooms, which are the only
	 * rooms of this stand-in.
	 */
	public function permissions(): int {
		return $this->isModerator()
			? self::PERMISSIONS_MAX_DEFAULT
			: self::PERMISSIONS_MAX_DEFAULT & ~self::PERMISSIONS_LOBBY_IGNORE;
	}
}
