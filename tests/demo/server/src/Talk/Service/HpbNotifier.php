<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCP\IURLGenerator;
use Psr\Log\LoggerInterface;

/**
 * Tells the signaling server what only Talk knows (spreed lib/Signaling/BackendNotifier.php):
 * who is in the call (`incall`), who was removed (`disinvite`) and that a room is gone
 * (`delete`), by a signed
 * `POST <server>/api/v1/room/<token>`. Nothing happens with internal signaling.
 */
final class HpbNotifier {
	private const TIMEOUT_SECONDS = 3;

	public function __construct(
		private readonly SignalingConfig $config,
		private readonly SessionStore $sessions,
		private readonly AttendeeStore $attendees,
		private readonly IURLGenerator $urlGenerator,
		private readonly LoggerInterface $logger,
	) {
	}

	/**
	 * @param list<string> $changedSessionIds Talk session ids whose in-call flags changed
	 */
	public function inCallChanged(Room $room, int $flags, array $changedSessionIds): void {
		if ($this->config->isInternal()) {
			return;
		}
		$users = [];
		$changed = [];
		foreach ($this->sessions->inRoom($room->id) as $session) {
			$attendee = $this->attendees->byId($session->attendeeId);
			if ($attendee === null) {
				continue;
			}
			$entry = [
				'inCall' => $session->inCall,
				'lastPing' => $session->lastPing,
				'sessionId' => $session->sessionId,
				'nextcloudSessionId' => $session->sessionId,
				'participantType' => $attendee->participantType,
				'participantPermissions' => $attendee->permissions(),
				'actorType' => $attendee->actorType,
				'actorId' => $attendee->actorId,
			] + ($attendee->actorType === Attendee::ACTOR_USERS ? ['userId' => $attendee->actorId] : []);
			if ($session->inCall !== 0) {
				$users[] = $entry;
			}
			if (in_array($session->sessionId, $changedSessionIds, true)) {
				$changed[] = $entry;
			}
		}
		foreach (array_diff($changedSessionIds, array_column($changed, 'sessionId')) as $goneSessionId) {
			$changed[] = ['inCall' => 0, 'sessionId' => $goneSessionId, 'nextcloudSessionId' => $goneSessionId];
		}
		$this->send($room, ['type' => 'incall', 'incall' => ['incall' => $flags, 'changed' => $changed, 'users' => $users]]);
	}

	/**
	 * BackendNotifier::roomSessionsRemoved: the given Talk sessions were removed from the room.
	 *
	 * @param list<string> $sessionIds
	 */
	public function roomSessionsRemoved(Room $room, array $sessionIds): void {
		if ($this->config->isInternal()) {
			return;
		}
		$this->send($room, ['type' => 'disinvite', 'disinvite' => [
			'sessionids' => $sessionIds,
			'alluserids' => $this->userIds($room),
			'properties' => $room->propertiesForSignaling(),
		]]);
	}

	/**
	 * BackendNotifier::roomsDisinvited: the given attendees are no longer in the room (only
	 * users are named; the request goes out for guests too).
	 *
	 * @param list<Attendee> $attendees
	 */
	public function roomsDisinvited(Room $room, array $attendees): void {
		if ($this->config->isInternal()) {
			return;
		}
		$userIds = array_values(array_map(
			fn (Attendee $attendee) => $attendee->actorId,
			array_filter($attendees, fn (Attendee $attendee) => $attendee->actorType === Attendee::ACTOR_USERS),
		));
		$this->send($room, ['type' => 'disinvite', 'disinvite' => [
			'userids' => $userIds,
			'alluserids' => $this->userIds($room),
			'properties' => $room->propertiesForSignaling(),
		]]);
	}

	/**
	 * @param list<string> $userIds the room's users
	 */
	public function roomDeleted(Room $room, array $userIds): void {
		if ($this->config->isInternal()) {
			return;
		}
		$this->send($room, ['type' => 'delete', 'delete' => ['userids' => $userIds]]);
	}

	/**
	 * ParticipantService::getParticipantUserIdsAndFederatedUserCloudIds, sorted as the notifier sorts them.
	 *
	 * @return list<string>
	 */
	private function userIds(Room $room): array {
		$userIds = [];
		foreach ($this->attendees->inRoom($room->id) as $attendee) {
			if ($attendee->actorType === Attendee::ACTOR_USERS) {
				$userIds[] = $attendee->actorId;
			}
		}
		sort($userIds);
		return $userIds;
	}

	/**
	 * @param array<string, mixed> $message
	 */
	private function send(Room $room, array $message): void {
		$server = $this->config->externalServers()[0] ?? '';
		$url = rtrim((string)preg_replace('/^ws(s?):\/\//', 'http$1://', $server), '/') . '/api/v1/room/' . $room->token;
		$body = (string)json_encode($message, JSON_UNESCAPED_SLASHES);
		$random = bin2hex(random_bytes(32));
		$context = stream_context_create(['http' => [
			'method' => 'POST',
			'timeout' => self::TIMEOUT_SECONDS,
			'ignore_errors' => true,
			'header' => implode("\r\n", [
				'Content-Type: application/json',
				'Content-Length: ' . strlen($body),
				'Spreed-Signaling-Random: ' . $random,
				'Spreed-Signaling-Checksum: ' . BackendChecksum::sign($random, $body, $this->config->externalSecret()),
				'Spreed-Signaling-Backend: ' . $this->urlGenerator->getAbsoluteURL(''),
			]),
			'content' => $body,
		]]);
		$answer = @file_get_contents($url, false, $context);
		$status = isset($http_response_header[0]) && preg_match('/ (\d{3})/', $http_response_header[0], $m) === 1 ? (int)$m[1] : 0;
		if ($answer === false || $status !== 200) {
			$this->logger->warning('Signaling server did not take the ' . $message['type'] . ' request for ' . $room->token . ' (HTTP ' . $status . ')');
		}
	}
}
