<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Participant;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUserManager;

/**
 * The answers Talk gives the signaling server's backend requests (spreed
 * SignalingController::backendAuth / backendRoom / backendPing): `auth` checks a v1
 * ticket, `room` binds a Talk session to the signaling session (and on `leave` ends it,
 * which deletes a video-verification room as leaving it does), `ping` keeps sessions alive.
 * Every answer is the `data` of an OCS 200; errors are `{type: error, error: {code, message}}`.
 */
final class SignalingBackend {
	private const PERMISSION_NAMES = [
		Attendee::PERMISSIONS_PUBLISH_AUDIO => 'publish-audio',
		Attendee::PERMISSIONS_PUBLISH_VIDEO => 'publish-video',
		Attendee::PERMISSIONS_PUBLISH_SCREEN => 'publish-screen',
	];

	public function __construct(
		private readonly SignalingConfig $config,
		private readonly SignalingTickets $tickets,
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
		private readonly SessionStore $sessions,
		private readonly CallService $calls,
		private readonly RoomService $roomService,
		private readonly IUserManager $userManager,
		private readonly ITimeFactory $time,
	) {
	}

	/**
	 * @return array<string, mixed>
	 */
	public function handle(string $random, string $checksum, string $body): array {
		if (!BackendChecksum::isValid($random, $checksum, $body, $this->config->externalSecret())) {
			return self::error('invalid_request', 'The request could not be authenticated.');
		}
		$request = json_decode($body, true);
		$type = is_array($request) ? ($request['type'] ?? null) : null;
		$payload = is_string($type) && is_array($request[$type] ?? null) ? $request[$type] : null;
		return match (true) {
			$payload === null => self::error('invalid_request', 'The request could not be decoded.'),
			$type === 'auth' => $this->auth($payload),
			$type === 'room' => $this->room($payload),
			$type === 'ping' => $this->ping($payload),
			default => self::error('unknown_type', 'Unsupported request type: ' . $type),
		};
	}

	/**
	 * @param array<string, mixed> $auth
	 * @return array<string, mixed>
	 */
	private function auth(array $auth): array {
		$params = is_array($auth['params'] ?? null) ? $auth['params'] : [];
		$userId = is_string($params['userid'] ?? null) && $params['userid'] !== '' ? $params['userid'] : null;
		if (!$this->tickets->isValidTicketV1($userId, (string)($params['ticket'] ?? ''))) {
			return self::error('invalid_ticket', 'The given ticket is not valid for this user.');
		}
		if ($userId === null) {
			return ['type' => 'auth', 'auth' => ['version' => '1.0']];
		}
		$user = $this->userManager->get($userId);
		if ($user === null) {
			return self::error('no_such_user', 'The given user does not exist.');
		}
		return ['type' => 'auth', 'auth' => ['version' => '1.0', 'userid' => $userId, 'user' => ['displayname' => (string)$user->getDisplayName()]]];
	}

	/**
	 * @param array<string, mixed> $request
	 * @return array<string, mixed>
	 */
	private function room(array $request): array {
		$token = (string)($request['roomid'] ?? '');
		$sessionId = (string)($request['sessionid'] ?? '');
		try {
			$room = $this->rooms->byToken($token);
		} catch (RoomNotFound) {
			return self::error('no_such_room', 'The user is not invited to this room.');
		}
		$session = $sessionId === '' ? null : $this->sessions->get($sessionId);
		$attendee = $session === null || $session->roomId !== $room->id ? null : $this->attendees->byId($session->attendeeId);
		if ($session === null || $attendee === null) {
			return self::error('no_such_room', 'The user is not invited to this room.');
		}
		$userId = (string)($request['userid'] ?? '');
		if ($attendee->actorType === Attendee::ACTOR_USERS && $userId !== '' && $userId !== $attendee->actorId) {
			return self::error('no_such_room', 'The user is not invited to this room.');
		}
		if (($request['action'] ?? 'join') === 'leave') {
			$this->calls->leaveCall(new Participant($room, $attendee, $session), false);
			$this->sessions->delete($session->sessionId);
			if ($room->isVideoVerification()) {
				$this->roomService->deleteRoom($room);
			}
			return ['type' => 'room', 'room' => ['version' => '1.0', 'roomid' => $token]];
		}
		$this->sessions->ping($session->sessionId, $this->time->getTime());
		return ['type' => 'room', 'room' => [
			'version' => '1.0',
			'roomid' => $token,
			'properties' => $room->propertiesForSignaling(),
			'permissions' => $this->permissions($attendee),
		]];
	}

	/**
	 * @param array<string, mixed> $ping
	 * @return array<string, mixed>
	 */
	private function ping(array $ping): array {
		$now = $this->time->getTime();
		foreach (is_array($ping['entries'] ?? null) ? $ping['entries'] : [] as $entry) {
			$sessionId = is_array($entry) ? (string)($entry['sessionid'] ?? '') : '';
			if ($sessionId !== '' && $sessionId !== '0') {
				$this->sessions->ping($sessionId, $now);
			}
		}
		return ['type' => 'room', 'room' => ['version' => '1.0']];
	}

	/**
	 * @return list<string>
	 */
	private function permissions(Attendee $attendee): array {
		$names = [];
		foreach (self::PERMISSION_NAMES as $bit => $name) {
			if (($attendee->permissions() & $bit) !== 0) {
				$names[] = $name;
			}
		}
		if ($attendee->isModerator()) {
			$names[] = 'control';
		}
		return $names;
	}

	/**
	 * @return array{type: 'error', error: array{code: string, message: string}}
	 */
	private static function error(string $code, string $message): array {
		return ['type' => 'error', 'error' => ['code' => $code, 'message' => $message]];
	}
}
