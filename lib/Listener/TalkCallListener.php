<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\RoomCreatedEvent;
use OCA\VideoVerification\Service\Talk\TalkCallProgress;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;

/**
 * Hears from Talk how a request's call goes, through the typed events spreed documents for
 * apps (docs/events.md, since Talk 18): "Conversation created" (RoomCreatedEvent) binds a
 * request to its room; "Participant modified" (ParticipantModifiedEvent) with the inCall
 * property says who joined or left the call. See TalkCallProgress for what follows, and
 * docs/PLATFORM-NOTES.md for why these events.
 *
 * @template-implements IEventListener<Event>
 */
class TalkCallListener implements IEventListener {
	public function __construct(
		private TalkCallProgress $progress,
	) {
	}

	public function handle(Event $event): void {
		if ($event instanceof RoomCreatedEvent) {
			$room = $event->getRoom();
			$this->progress->roomCreated($room->getToken(), $room->getObjectType(), $room->getObjectId());
			return;
		}
		if ($event instanceof ParticipantModifiedEvent && $event->getProperty() === AParticipantModifiedEvent::PROPERTY_IN_CALL) {
			$attendee = $event->getParticipant()->getAttendee();
			$this->progress->callFlagsChanged(
				$event->getRoom()->getToken(),
				$attendee->getActorType(),
				$attendee->getActorId(),
				(int)$event->getNewValue(),
			);
		}
	}
}
