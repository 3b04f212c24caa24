<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\VerificationRequest;
use OCP\Notification\IManager;

/**
 * Tells the sharer about a new request (a notification with Approve and Decline, see
 * Notifier) and takes it back once the request is decided or over.
 */
class RequestNotifications {
	public const OBJECT_TYPE = 'verification_request';
	public const SUBJECT = 'verification_request';

	public function __construct(
		private IManager $manager,
	) {
	}

	/**
	 * One notification for the share's owner, and one for its initiator when that is
	 * someone else (both may edit the share, so both may decide).
	 */
	public function notifyCreated(VerificationRequest $request): void {
		foreach (array_unique(array_filter([$request->shareOwner, $request->sharedBy], static fn (string $uid): bool => $uid !== '')) as $uid) {
			$notification = $this->manager->createNotification();
			$notification->setApp(Application::APP_ID)
				->setUser($uid)
				->setDateTime(new \DateTime('@' . $request->createdAt))
				->setObject(self::OBJECT_TYPE, $request->requestId)
				->setSubject(self::SUBJECT);
			$this->manager->notify($notification);
		}
	}

	/**
	 * Removes the request's notifications of every user.
	 */
	public function markProcessed(string $requestId): void {
		$notification = $this->manager->createNotification();
		$notification->setApp(Application::APP_ID)
			->setObject(self::OBJECT_TYPE, $requestId);
		$this->manager->markProcessed($notification);
	}
}
