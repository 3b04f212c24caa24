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
use OCA\VideoVerification\Demo\Talk\Notification\CallNotifications;
use OCA\VideoVerification\Demo\Talk\Participant;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCA\VideoVerification\Demo\Talk\Storage\SignalingQueue;
use OCP\AppFramework\Utility\ITimeFactory;

/**
 * Joining, changing and leaving the call (spreed's CallController and
 * ParticipantService::changeInCall). Starting the call rings the room's other users unless
 * silent; ending it (nobody left in the call) withdraws the ring.
 */
final class CallService {
	public const DEFAULT_FLAGS = Session::FLAG_IN_CALL | Session::FLAG_WITH_AUDIO | Session::FLAG_WITH_VIDEO;

	public function __construct(
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
		private readonly SessionStore $sessions,
		private readonly SignalingQueue $queue,
		private readonly CallNotifications $notifications,
		private readonly ITimeFactory $time,
		private readonly HpbNotifier $hpb,
		private readonly TalkEvents $events,
	) {
	}

	public function joinCall(Participant $participant, ?int $flags, bool $silent): void {
		$session = $participant->session ?? throw new \LogicException('Joining the call needs a session');
		$flags = $this->allowedFlags($participant->attendee, ($flags ?? self::DEFAULT_FLAGS) | Session::FLAG_IN_CALL);
		$room = $participant->room;
		$callWasRunning = $this->callFlagOf($room) !== 0;

		$this->sessions->setInCall($session->sessionId, $flags);
		$this->events->inCallChanged($room, $participant->attendee, $session->sessionId, $flags, $session->inCall, $silent);
		$now = $this->time->getTime();
		$this->rooms->setCall($room->id, $this->callFlagOf($room), $callWasRunning ? $room->callStartTime : $now, $now);
		if (!$callWasRunning && !$silent) {
			$this->notifications->callStarted($room, $participant->attendee, $this->attendees->inRoom($room->id));
		}
		if (!$participant->attendee->isGuest()) {
			$this->notifications->answeredBy($room, $participant->attendee->actorId);
		}
		$this->queue->refreshParticipantList($room->id, $now);
		$this->hpb->inCallChanged($room, $flags, [$session->sessionId]);
	}

	/**
	 * @throws \DomainException when the caller is not in the call
	 */
	public function updateCallFlags(Participant $participant, int $flags): void {
		$session = $participant->session;
		if ($session === null || !$session->isInCall()) {
			throw new \DomainException('Not in the call');
		}
		$flags = $this->allowedFlags($participant->attendee, $flags | Session::FLAG_IN_CALL);
		$this->sessions->setInCall($session->sessionId, $flags);
		$this->events->inCallChanged($participant->room, $participant->attendee, $session->sessionId, $flags, $session->inCall);
		$now = $this->time->getTime();
		$this->rooms->setCall($participant->room->id, $this->callFlagOf($participant->room), $participant->room->callStartTime, $now);
		$this->queue->refreshParticipantList($participant->room->id, $now);
		$this->hpb->inCallChanged($participant->room, $flags, [$session->sessionId]);
	}

	/**
	 * @param bool $all end the call for everybody (moderators only, as in Talk)
	 */
	public function leaveCall(Participant $participant, bool $all): void {
		$room = $participant->room;
		$leaving = $all && $participant->attendee->isModerator()
			? $this->sessions->inRoom($room->id)
			: array_filter([$participant->session]);
		foreach ($leaving as $session) {
			$this->sessions->setInCall($session->sessionId, Session::FLAG_DISCONNECTED);
			$attendee = $this->attendees->byId($session->attendeeId);
			if ($attendee !== null && $session->inCall !== Session::FLAG_DISCONNECTED) {
				$this->events->inCallChanged($room, $attendee, $session->sessionId, Session::FLAG_DISCONNECTED, $session->inCall);
			}
		}
		$now = $this->time->getTime();
		$callFlag = $this->callFlagOf($room);
		$this->rooms->setCall($room->id, $callFlag, $callFlag === 0 ? 0 : $room->callStartTime, $now);
		if ($callFlag === 0) {
			$this->notifications->callEnded($room);
		}
		$this->queue->refreshParticipantList($room->id, $now);
		$this->hpb->inCallChanged($room, Session::FLAG_DISCONNECTED, array_values(array_map(fn (Session $session) => $session->sessionId, $leaving)));
	}

	/**
	 * spreed ParticipantService::resetCallStateWhenNeeded: after a removal the call ends when
	 * nobody is left in it.
	 */
	public function resetCallStateWhenNeeded(Room $room): void {
		if ($room->hasCall() && $this->callFlagOf($room) === 0) {
			$this->rooms->setCall($room->id, 0, 0, $this->time->getTime());
			$this->notifications->callEnded($room);
		}
	}

	/**
	 * @return list<array{actorId: string, actorType: string, displayName: string, lastPing: int, sessionId: string, token: string}>
	 */
	public function peers(Room $room): array {
		$peers = [];
		foreach ($this->sessions->inRoom($room->id) as $session) {
			$attendee = $this->attendees->byId($session->attendeeId);
			if ($attendee === null || !$session->isInCall()) {
				continue;
			}
			$peers[] = [
				'actorId' => $attendee->actorId,
				'actorType' => $attendee->actorType,
				'displayName' => $attendee->displayName,
				'lastPing' => $session->lastPing,
				'sessionId' => $session->sessionId,
				'token' => $room->token,
			];
		}
		return $peers;
	}

	/**
	 * Talk drops the audio and video flags of participants who may not publish them.
	 */
	private function allowedFlags(Attendee $attendee, int $flags): int {
		$permissions = $attendee->permissions();
		if (($permissions & Attendee::PERMISSIONS_PUBLISH_AUDIO) === 0) {
			$flags &= ~Session::FLAG_WITH_AUDIO;
		}
		if (($permissions & Attendee::PERMISSIONS_PUBLISH_VIDEO) === 0) {
			$flags &= ~Session::FLAG_WITH_VIDEO;
		}
		return $flags & 15;
	}

	private function callFlagOf(Room $room): int {
		$flag = 0;
		foreach ($this->sessions->inRoom($room->id) as $session) {
			$flag |= $session->inCall;
		}
		return $flag;
	}
}
