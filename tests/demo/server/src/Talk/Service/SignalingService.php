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
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCA\VideoVerification\Demo\Talk\Storage\SignalingQueue;
use OCA\VideoVerification\Demo\Talk\TalkSession;
use OCP\AppFramework\Utility\ITimeFactory;

/**
 * Talk's internal signaling (spreed lib/Controller/SignalingController.php sendMessages /
 * pullMessages) at Talk's pace: a pull looks for messages once a second (`sleep(1)`, at most
 * PULL_TIMEOUT_SECONDS times) and gets only those at least one second old (SignalingQueue), so a
 * message waits 0–2 s on the server, as on a real Nextcloud.
 */
final class SignalingService {
	public const PULL_TIMEOUT_SECONDS = 30;
	/** Sessions that have not pulled for this long drop out of usersInRoom. */
	private const PING_WINDOW_SECONDS = 40;

	public function __construct(
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
		private readonly SessionStore $sessions,
		private readonly SignalingQueue $queue,
		private readonly TalkSession $talkSession,
		private readonly ITimeFactory $time,
	) {
	}

	/**
	 * Queues each `{ev: 'message', fn, sessionId}` item of the caller's own session for the
	 * session in its `to`, with `from` set; anything else is dropped silently, as in Talk.
	 *
	 * @throws \InvalidArgumentException when `messages` is not a JSON list
	 */
	public function send(string $token, string $messages): void {
		$items = json_decode($messages, true);
		if (!is_array($items) || !array_is_list($items)) {
			throw new \InvalidArgumentException('messages must be a JSON list');
		}
		$ownSessionId = $this->talkSession->sessionForRoom($token);
		$session = $ownSessionId === null ? null : $this->sessions->get($ownSessionId);
		try {
			$room = $this->rooms->byToken($token);
		} catch (RoomNotFound) {
			return;
		}
		if ($session === null || $session->roomId !== $room->id) {
			return;
		}
		$sender = $this->attendees->byId($session->attendeeId);
		$now = $this->time->getTime();
		foreach ($items as $item) {
			if (!is_array($item) || ($item['ev'] ?? null) !== 'message' || !is_string($item['fn'] ?? null)
				|| ($item['sessionId'] ?? null) !== $session->sessionId) {
				continue;
			}
			$message = json_decode($item['fn'], true);
			if (!is_array($message) || !is_string($message['to'] ?? null) || $message['to'] === '') {
				continue;
			}
			if (($message['type'] ?? null) === 'control' && !($sender?->isModerator() ?? false)) {
				continue;
			}
			$message['from'] = $session->sessionId;
			$this->queue->add($room->id, $message['to'], (string)json_encode($message), $now);
		}
	}

	/**
	 * Waits until a message for the caller's session arrives (at most $timeoutSeconds), then
	 * returns the messages and, always last, the room's current sessions.
	 *
	 * @return array{status: int, data: list<array{type: string, data: mixed}>}
	 */
	public function pull(string $token, int $timeoutSeconds = self::PULL_TIMEOUT_SECONDS): array {
		$gone = [['type' => 'usersInRoom', 'data' => []]];
		$sessionId = $this->talkSession->sessionForRoom($token);
		$this->talkSession->release();
		try {
			$room = $this->rooms->byToken($token);
		} catch (RoomNotFound) {
			return ['status' => 404, 'data' => $gone];
		}
		if ($sessionId === null) {
			return ['status' => 404, 'data' => $gone];
		}
		$this->sessions->ping($sessionId, $this->time->getTime());

		// spreed's loop: look, and return at once with messages or a participant change; else
		// count a second down, sleep it, look up the session again, and look again while seconds
		// are left. A timeout of 0 (a single php -S worker, unit tests) looks once without
		// waiting, where Talk would not look at all.
		$seconds = $timeoutSeconds;
		$messages = $seconds > 0 ? [] : $this->queue->take($sessionId, $this->time->getTime());
		while ($seconds > 0) {
			$messages = $this->queue->take($sessionId, $this->time->getTime());
			if ($messages !== []) {
				break;
			}
			$seconds--;
			sleep(1);
			// Ours is gone when the room was deleted or a newer join of this browser replaced it
			if ($this->sessions->get($sessionId) === null) {
				break;
			}
		}

		$session = $this->sessions->get($sessionId);
		if ($session === null) {
			// Replaced by a newer join of the same browser: 409 while the room (and, for
			// users, their attendee) is still there; otherwise the conversation is gone.
			return ['status' => $this->rooms->exists($room->id) ? 409 : 404, 'data' => $gone];
		}
		$data = [];
		foreach ($messages as $message) {
			if ($message !== SignalingQueue::REFRESH_PARTICIPANT_LIST) {
				$data[] = ['type' => 'message', 'data' => $message];
			}
		}
		$data[] = ['type' => 'usersInRoom', 'data' => $this->usersInRoom($room, $session)];
		return ['status' => 200, 'data' => $data];
	}

	/**
	 * Every session of the room that pulled recently (Talk's getUsersInRoom).
	 *
	 * @return list<array{userId: string, roomId: int, lastPing: int, sessionId: string, inCall: int, participantPermissions: int, actorType: string, actorId: string}>
	 */
	public function usersInRoom(Room $room, Session $requester): array {
		$since = min($this->time->getTime() - self::PING_WINDOW_SECONDS, $requester->lastPing) - 1;
		$users = [];
		foreach ($this->sessions->inRoom($room->id) as $session) {
			$attendee = $this->attendees->byId($session->attendeeId);
			if ($attendee === null || $session->lastPing <= $since) {
				continue;
			}
			$users[] = [
				'userId' => $attendee->actorType === Attendee::ACTOR_USERS ? $attendee->actorId : '',
				'roomId' => $room->id,
				'lastPing' => $session->lastPing,
				'sessionId' => $session->sessionId,
				'inCall' => $session->inCall,
				'participantPermissions' => $attendee->permissions(),
				'actorType' => $attendee->actorType,
				'actorId' => $attendee->actorId,
			];
		}
		return $users;
	}
}
