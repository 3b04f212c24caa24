<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\RoomCreatedEvent;
use OCA\Talk\Model\Attendee as TalkAttendee;
use OCA\Talk\Model\Session as TalkSession;
use OCA\Talk\Participant as TalkParticipant;
use OCA\Talk\Room as TalkRoom;
use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCP\EventDispatcher\IEventDispatcher;

/**
 * The typed events Talk dispatches for other apps, with Talk's own class names (spreed
 * docs/events.md): RoomCreatedEvent at the end of RoomService::createConversation, and
 * ParticipantModifiedEvent (property inCall, new and old call flags) after
 * ParticipantService::changeInCall stored a session's flags. The stand-in's rows are
 * handed over as Talk's Room, Participant, Attendee and Session objects.
 */
final class TalkEvents {
	public function __construct(
		private readonly IEventDispatcher $dispatcher,
	) {
	}

	public function roomCreated(Room $room): void {
		$this->dispatcher->dispatchTyped(new RoomCreatedEvent($this->room($room)));
	}

	/**
	 * @param bool $silent the call was joined without ringing anybody
	 */
	public function inCallChanged(Room $room, Attendee $attendee, string $sessionId, int $flags, int $oldFlags, bool $silent = false): void {
		$participant = new TalkParticipant(
			$this->room($room),
			new TalkAttendee($attendee->actorType, $attendee->actorId, $attendee->participantType),
			new TalkSession($sessionId, $flags),
		);
		$details = $flags !== 0 && $silent ? [AParticipantModifiedEvent::DETAIL_IN_CALL_SILENT => true] : [];
		$this->dispatcher->dispatchTyped(new ParticipantModifiedEvent($this->room($room), $participant, AParticipantModifiedEvent::PROPERTY_IN_CALL, $flags, $oldFlags, $details));
	}

	private function room(Room $room): TalkRoom {
		return new TalkRoom($room->token, $room->type, $room->objectType, $room->objectId);
	}
}
