<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Notification;

use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCA\VideoVerification\Demo\Talk\Storage\SessionStore;
use OCP\Files\NotFoundException;
use OCP\IURLGenerator;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\IAction;
use OCP\Notification\INotification;
use OCP\Notification\INotifier;
use OCP\Notification\UnknownNotificationException;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager as IShareManager;
use OCP\Share\IShare;

/**
 * The Talk stand-in's notifier: prepares the call notification of video-verification rooms
 * as spreed's Notifier::parsePasswordRequest does (English only).
 */
final class TalkNotifier implements INotifier {
	public function __construct(
		private readonly RoomStore $rooms,
		private readonly SessionStore $sessions,
		private readonly IShareManager $shareManager,
		private readonly IURLGenerator $urlGenerator,
	) {
	}

	public function getID(): string {
		return CallNotifications::APP;
	}

	public function getName(): string {
		return 'Talk';
	}

	public function prepare(INotification $notification, string $languageCode): INotification {
		if ($notification->getApp() !== CallNotifications::APP) {
			throw new UnknownNotificationException('Incorrect app');
		}
		if ($notification->getObjectType() !== CallNotifications::OBJECT_TYPE || $notification->getSubject() !== CallNotifications::SUBJECT) {
			throw new UnknownNotificationException('Unknown subject');
		}
		try {
			$room = $this->rooms->byToken($notification->getObjectId());
		} catch (RoomNotFound) {
			throw new AlreadyProcessedException();
		}
		if (!$room->isVideoVerification()) {
			throw new UnknownNotificationException('Only video verification calls are known to the demo');
		}
		$notification->setLink($this->urlGenerator->getAbsoluteURL('/index.php/call/' . $room->token));
		return $this->parsePasswordRequest($notification, $room);
	}

	private function parsePasswordRequest(INotification $notification, Room $room): INotification {
		try {
			$share = $this->shareManager->getShareByToken($room->objectId);
			$file = ['type' => 'highlight', 'id' => (string)$share->getNodeId(), 'name' => $share->getNode()->getName()];
		} catch (ShareNotFound|NotFoundException) {
			throw new AlreadyProcessedException();
		}

		$callIsActive = $this->hasSessionsInCall($room);
		$action = $notification->createAction()
			->setLabel('call_view')
			->setParsedLabel($callIsActive ? 'Answer call' : 'Call back')
			->setLink($notification->getLink() . ($callIsActive ? '#direct-call' : ''), IAction::TYPE_WEB)
			->setPrimary(true);
		$notification->addParsedAction($action);

		if ($share->getShareType() === IShare::TYPE_EMAIL) {
			$email = (string)$share->getSharedWith();
			$subject = $callIsActive ? '{email} is requesting the password to access {file}' : '{email} tried to request the password to access {file}';
			return $notification
				->setParsedSubject(str_replace(['{email}', '{file}'], [$email, $file['name']], $subject))
				->setRichSubject($subject, ['email' => ['type' => 'email', 'id' => $email, 'name' => $email], 'file' => $file]);
		}
		$subject = $callIsActive ? 'Someone is requesting the password to access {file}' : 'Someone tried to request the password to access {file}';
		return $notification
			->setParsedSubject(str_replace('{file}', $file['name'], $subject))
			->setRichSubject($subject, ['file' => $file]);
	}

	private function hasSessionsInCall(Room $room): bool {
		foreach ($this->sessions->inRoom($room->id) as $session) {
			if ($session->isInCall()) {
				return true;
			}
		}
		return false;
	}
}
