<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\Notification\CallNotifications;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUser;
use OCP\Security\ISecureRandom;

/**
 * Creating and deleting conversations (spreed's RoomService, the parts the
 * video-verification rooms use).
 */
final class RoomService {
	/** Talk's token alphabet: lower case and digits without the ambiguous 'l'. */
	private const TOKEN_CHARACTERS = 'abcdefghijkmnopqrstuvwxyz0123456789';
	private const TOKEN_LENGTH = 8;
	private const NAME_MAX_LENGTH = 255;

	public function __construct(
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
		private readonly CallNotifications $notifications,
		private readonly ISecureRandom $random,
		private readonly ITimeFactory $time,
		private readonly HpbNotifier $hpb,
		private readonly TalkEvents $events,
	) {
	}

	public function createConversation(int $type, string $name, IUser $owner, string $objectType, string $objectId): Room {
		$name = mb_substr(trim($name), 0, self::NAME_MAX_LENGTH);
		do {
			$token = $this->random->generate(self::TOKEN_LENGTH, self::TOKEN_CHARACTERS);
		} while ($this->rooms->tokenExists($token));
		$room = $this->rooms->create($token, $type, $name, $objectType, $objectId, $this->time->getTime());
		$this->attendees->add($room->id, Attendee::ACTOR_USERS, $owner->getUID(), (string)$owner->getDisplayName(), Attendee::OWNER);
		$this->events->roomCreated($room);
		return $room;
	}

	/**
	 * Deletes the room with everything in it; sessions still pulling get 404.
	 */
	public function deleteRoom(Room $room): void {
		$userIds = array_values(array_map(
			fn (Attendee $attendee) => $attendee->actorId,
			array_filter($this->attendees->inRoom($room->id), fn (Attendee $attendee) => $attendee->actorType === Attendee::ACTOR_USERS),
		));
		$this->rooms->delete($room->id);
		$this->notifications->roomDeleted($room);
		$this->hpb->roomDeleted($room, $userIds);
	}
}
