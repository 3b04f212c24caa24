<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Model;

/**
 * One Talk conversation (spreed's Room), as stored.
 */
final class Room {
	public const TYPE_ONE_TO_ONE = 1;
	public const TYPE_PUBLIC = 3;
	public const TYPE_ONE_TO_ONE_FORMER = 5;
	public const OBJECT_TYPE_VIDEO_VERIFICATION = 'share:password';

	public function __construct(
		public readonly int $id,
		public readonly string $token,
		public readonly int $type,
		public readonly string $name,
		public readonly string $objectType,
		public readonly string $objectId,
		public readonly int $callFlag,
		public readonly int $callStartTime,
		public readonly int $lastActivity,
		/** Whether joining the call needs consent to recording, when Talk's rule is "optional" (0 or 1) */
		public readonly int $recordingConsent = 0,
	) {
	}

	public function isVideoVerification(): bool {
		return $this->objectType === self::OBJECT_TYPE_VIDEO_VERIFICATION;
	}

	public function hasCall(): bool {
		return $this->callFlag !== 0;
	}

	/**
	 * The room's properties as Talk hands them to the signaling server (spreed
	 * Room::getPropertiesForSignaling), in the room join's answer and in `disinvite`/`update`.
	 *
	 * @return array<string, mixed>
	 */
	public function propertiesForSignaling(): array {
		return [
			'name' => $this->name,
			'type' => $this->type,
			'lobby-state' => 0,
			'lobby-timer' => 0,
			'read-only' => 0,
			'listable' => 0,
			'active-since' => $this->callStartTime === 0 ? null : $this->callStartTime,
			'sip-enabled' => 0,
			'description' => '',
		];
	}
}
