<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\VideoVerification\Demo\Talk\Participant;

/**
 * A room as the caller sees it: Talk's `Room` response (spreed lib/Service/RoomFormatter.php),
 * with the features this stand-in has not (chat, lobby, SIP, recording itself, breakout rooms)
 * at their "off" values; `recordingConsent` as spreed's RoomFormatter computes it.
 */
final class RoomFormatter {
	public function __construct(
		private readonly RecordingConfig $recording,
	) {
	}

	/**
	 * @return array<string, mixed>
	 */
	public function format(Participant $participant): array {
		$room = $participant->room;
		$attendee = $participant->attendee;
		$session = $participant->session;
		return [
			'actorId' => $attendee->actorId,
			'actorType' => $attendee->actorType,
			'attendeeId' => $attendee->id,
			'attendeePermissions' => 0,
			'attendeePin' => '',
			'avatarVersion' => '',
			'breakoutRoomMode' => 0,
			'breakoutRoomStatus' => 0,
			'callFlag' => $room->callFlag,
			'callPermissions' => 0,
			'callRecording' => 0,
			'callStartTime' => $room->callStartTime,
			'canDeleteConversation' => $attendee->isModerator(),
			'canEnableSIP' => false,
			'canLeaveConversation' => !$attendee->isModerator(),
			'canStartCall' => true,
			'defaultPermissions' => 0,
			'description' => '',
			'displayName' => $room->name,
			'hasCall' => $room->hasCall(),
			'hasPassword' => false,
			'id' => $room->id,
			'isCustomAvatar' => false,
			'isFavorite' => false,
			'lastActivity' => $room->lastActivity,
			'lastCommonReadMessage' => 0,
			'lastPing' => $session?->lastPing ?? 0,
			'lastReadMessage' => 0,
			'listable' => 0,
			'liveTranscriptionLanguageId' => '',
			'lobbyState' => 0,
			'lobbyTimer' => 0,
			'mentionPermissions' => 0,
			'messageExpiration' => 0,
			'name' => $room->name,
			'notificationCalls' => 1,
			'notificationLevel' => 0,
			'objectId' => $room->objectId,
			'objectType' => $room->objectType,
			'participantFlags' => $session?->inCall ?? 0,
			'participantType' => $attendee->participantType,
			'permissions' => $attendee->permissions(),
			'readOnly' => 0,
			'recordingConsent' => $this->recording->roomValue($room->recordingConsent),
			'sessionId' => $session?->sessionId ?? '0',
			'sipEnabled' => 0,
			'token' => $room->token,
			'type' => $room->type,
			'unreadMention' => false,
			'unreadMentionDirect' => false,
			'unreadMessages' => 0,
			'isArchived' => false,
			'isImportant' => false,
			'isSensitive' => false,
		];
	}
}
