<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Notification;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Notification\IManager;
use OCP\Notification\INotification;

/**
 * Talk's call notifications (spreed lib/Notification/Listener.php): app 'spreed', object
 * ('call', room token), subject 'call'. Sent to the room's users but the caller when a call
 * starts; a user's ring is withdrawn when they join the call, everybody's when the call
 * ends or the room is deleted.
 */
final class CallNotifications {
	public const APP = 'spreed';
	public const OBJECT_TYPE = 'call';
	public const SUBJECT = 'call';

	public function __construct(
		private readonly IManager $manager,
		private readonly ITimeFactory $time,
	) {
	}

	/**
	 * @param list<Attendee> $attendees everybody in the room
	 */
	public function callStarted(Room $room, Attendee $caller, array $attendees): void {
		foreach ($attendees as $attendee) {
			if ($attendee->actorType !== Attendee::ACTOR_USERS || $attendee->id === $caller->id) {
				continue;
			}
			$notification = $this->forRoom($room)
				->setUser($attendee->actorId)
				->setDateTime($this->time->getDateTime())
				->setSubject(self::SUBJECT, ['callee' => $caller->actorId]);
			$this->manager->notify($notification);
		}
	}

	public function answeredBy(Room $room, string $userId): void {
		$this->manager->markProcessed($this->forRoom($room)->setUser($userId));
	}

	public function callEnded(Room $room): void {
		$this->manager->markProcessed($this->forRoom($room));
	}

	public function roomDeleted(Room $room): void {
		$this->manager->markProcessed($this->forRoom($room));
	}

	private function forRoom(Room $room): INotification {
		return $this->manager->createNotification()
			->setApp(self::APP)
			->setObject(self::OBJECT_TYPE, $room->token);
	}
}
