<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCP\IUserSession;

/**
 * Finds who the caller is in a room, as Talk's RequireParticipant / RequireModeratorOrNoLobby
 * middleware does: by the session this browser holds for the room, else (users only) by
 * their attendee without a session.
 */
final class ParticipantResolver {
	public function __construct(
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
		private readonly SessionStore $sessions,
		private readonly TalkSession $talkSession,
		private readonly IUserSession $userSession,
	) {
	}

	/**
	 * @throws RoomNotFound
	 * @throws ParticipantNotFound
	 */
	public function resolve(string $token): Participant {
		$room = $this->rooms->byToken($token);
		$sessionId = $this->talkSession->sessionForRoom($token);
		$session = $sessionId === null ? null : $this->sessions->get($sessionId);
		if ($session !== null && $session->roomId === $room->id) {
			$attendee = $this->attendees->byId($session->attendeeId);
			if ($attendee !== null) {
				return new Participant($room, $attendee, $session);
			}
		}
		$user = $this->userSession->getUser();
		$attendee = $user === null ? null : $this->attendees->byActor($room->id, Attendee::ACTOR_USERS, $user->getUID());
		if ($attendee === null) {
			throw new ParticipantNotFound($token);
		}
		return new Participant($room, $attendee, null);
	}

	/**
	 * Like resolve(), but the caller must have joined with a session.
	 *
	 * @throws RoomNotFound
	 * @throws ParticipantNotFound
	 */
	public function resolveWithSession(string $token): Participant {
		$participant = $this->resolve($token);
		if ($participant->session === null) {
			throw new ParticipantNotFound($token);
		}
		return $participant;
	}
}
