<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\Model\Session;
use OCA\VideoVerification\Demo\Talk\Participant;
use OCA\VideoVerification\Demo\Talk\ParticipantNotFound;
use OCA\VideoVerification\Demo\Talk\ParticipantResolver;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\SessionConflict;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCA\VideoVerification\Demo\Talk\Storage\SignalingQueue;
use OCA\VideoVerification\Demo\Talk\TalkSession;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Security\ISecureRandom;

/**
 * Joining and leaving rooms and naming guests (spreed's RoomController::joinRoom /
 * leaveRoom, GuestController, ParticipantService) with the rules of video-verification
 * rooms (spreed lib/PublicShareAuth/Listener.php): only the owner and one other actor may
 * be in the room, and the room is deleted as soon as anybody leaves.
 */
final class ParticipantService {
	private const SESSION_ID_LENGTH = 255;
	private const GUEST_NAME_MAX_LENGTH = 255;

	public function __construct(
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
		private readonly SessionStore $sessions,
		private readonly SignalingQueue $queue,
		private readonly TalkSession $talkSession,
		private readonly ParticipantResolver $resolver,
		private readonly RoomService $roomService,
		private readonly CallService $calls,
		private readonly HpbNotifier $hpb,
		private readonly IUserSession $userSession,
		private readonly ISecureRandom $random,
		private readonly ITimeFactory $time,
	) {
	}

	/**
	 * @throws RoomNotFound unknown room, or a video-verification room that is full
	 * @throws SessionConflict
	 */
	public function joinRoom(string $token, bool $force): Participant {
		$room = $this->rooms->byToken($token);
		$now = $this->time->getTime();
		$previous = $this->previousSession($room);
		if ($previous !== null && $previous->isInCall() && !$force) {
			throw new SessionConflict($previous);
		}

		$user = $this->userSession->getUser();
		$attendee = $user !== null
			? $this->userAttendee($room, $user)
			: ($previous === null ? null : $this->attendees->byId($previous->attendeeId));
		if ($attendee === null) {
			$this->preventExtraActors($room);
			$sessionId = $this->random->generate(self::SESSION_ID_LENGTH);
			$attendee = $this->attendees->add($room->id, Attendee::ACTOR_GUESTS, sha1($sessionId), '', Attendee::GUEST);
		} else {
			$sessionId = $this->random->generate(self::SESSION_ID_LENGTH);
		}

		// A second join of the same browser replaces its session: the old one gets 409 on its next pull.
		if ($previous !== null) {
			$this->sessions->delete($previous->sessionId);
		}
		$session = $this->sessions->add($sessionId, $room->id, $attendee->id, $now);
		$this->talkSession->setSessionForRoom($token, $sessionId);
		$this->queue->refreshParticipantList($room->id, $now);
		return new Participant($room, $attendee, $session);
	}

	/**
	 * Leaves with this browser's session; a video-verification room is deleted with it.
	 */
	public function leaveRoom(string $token): void {
		try {
			$participant = $this->resolver->resolveWithSession($token);
		} catch (RoomNotFound|ParticipantNotFound) {
			$this->talkSession->removeSessionForRoom($token);
			return;
		}
		$this->talkSession->removeSessionForRoom($token);
		$this->calls->leaveCall($participant, false);
		$this->sessions->delete($participant->session->sessionId);
		if ($participant->room->isVideoVerification()) {
			$this->roomService->deleteRoom($participant->room);
			return;
		}
		$this->queue->refreshParticipantList($participant->room->id, $this->time->getTime());
	}

	/**
	 * spreed ParticipantService::removeAttendee and the listeners it reaches, in the order
	 * Talk registers them (AppInfo/Application.php): the attendee's sessions and the attendee
	 * are deleted; AttendeeRemovedEvent → Signaling\Listener::notifyAttendeeRemoved (`disinvite`
	 * of those sessions), then PublicShareAuth\Listener::destroyRoomOnParticipantLeave (a
	 * video-verification room is deleted: `delete`); AttendeesRemovedEvent →
	 * notifyAttendeesRemoved (`disinvite` of the users among them, sent for guests too); then
	 * resetCallStateWhenNeeded. With internal signaling the others refresh their list
	 * (BeforeAttendeeRemovedEvent → refresh-participant-list).
	 */
	public function removeAttendee(Room $room, Attendee $attendee): void {
		$this->queue->refreshParticipantList($room->id, $this->time->getTime());
		$sessions = $this->sessions->ofAttendee($attendee->id);
		foreach ($sessions as $session) {
			$this->sessions->delete($session->sessionId);
		}
		$this->attendees->delete($attendee->id);

		if ($sessions !== []) {
			$this->hpb->roomSessionsRemoved($room, array_map(fn (Session $session) => $session->sessionId, $sessions));
		}
		if ($room->isVideoVerification()) {
			$this->roomService->deleteRoom($room);
		}
		$this->hpb->roomsDisinvited($room, [$attendee]);
		if (!$room->isVideoVerification()) {
			$this->calls->resetCallStateWhenNeeded($room);
		}
	}

	/**
	 * spreed RoomController::removeSelfFromRoomLogic (a moderator naming themselves): the last
	 * moderator of several users may not leave; the last user deletes the room (not a file's
	 * room); anybody else leaves as removeUser does.
	 *
	 * @return 'last-moderator'|'participant'|null the error, or null when done
	 */
	public function removeSelf(Participant $participant): ?string {
		$room = $participant->room;
		$attendee = $participant->attendee;
		$users = array_filter($this->attendees->inRoom($room->id), fn (Attendee $other) => $other->actorType === Attendee::ACTOR_USERS && $other->participantType !== Attendee::USER_SELF_JOINED);
		$moderators = array_filter($this->attendees->inRoom($room->id), fn (Attendee $other) => $other->isModerator());
		if ($attendee->isModerator() && count($users) > 1 && count($moderators) === 1) {
			return 'last-moderator';
		}
		if ($room->objectType !== 'file' && count($users) === 1
			&& in_array($attendee->participantType, [Attendee::USER, Attendee::MODERATOR, Attendee::OWNER], true)) {
			$this->roomService->deleteRoom($room);
			return null;
		}
		if ($attendee->actorType !== Attendee::ACTOR_USERS) {
			return 'participant';
		}
		$this->removeAttendee($room, $attendee);
		return null;
	}

	/**
	 * @throws RoomNotFound
	 * @throws ParticipantNotFound
	 * @throws \DomainException when the caller is not a guest
	 */
	public function setGuestName(string $token, string $displayName): void {
		$participant = $this->resolver->resolveWithSession($token);
		if (!$participant->attendee->isGuest()) {
			throw new \DomainException('Not a guest');
		}
		$this->attendees->rename($participant->attendee->id, mb_substr(trim($displayName), 0, self::GUEST_NAME_MAX_LENGTH));
		$this->queue->refreshParticipantList($participant->room->id, $this->time->getTime());
	}

	private function previousSession(Room $room): ?Session {
		$sessionId = $this->talkSession->sessionForRoom($room->token);
		$session = $sessionId === null ? null : $this->sessions->get($sessionId);
		return $session !== null && $session->roomId === $room->id ? $session : null;
	}

	/**
	 * The user's attendee, added as self-joined when a public room lets them in.
	 *
	 * @throws RoomNotFound when a video-verification room already has its two actors
	 */
	private function userAttendee(Room $room, IUser $user): Attendee {
		$attendee = $this->attendees->byActor($room->id, Attendee::ACTOR_USERS, $user->getUID());
		if ($attendee !== null) {
			return $attendee;
		}
		$this->preventExtraActors($room);
		return $this->attendees->add($room->id, Attendee::ACTOR_USERS, $user->getUID(), (string)$user->getDisplayName(), Attendee::USER_SELF_JOINED);
	}

	/**
	 * @throws RoomNotFound
	 */
	private function preventExtraActors(Room $room): void {
		if ($room->isVideoVerification() && $this->attendees->count($room->id) > 1) {
			throw new RoomNotFound('Only the owner and another participant are allowed in rooms to request the password for a share');
		}
	}
}
