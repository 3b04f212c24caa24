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
 * Notifications about one request for the people who may decide it: the share's owner, and
 * its initiator when that is someone else (both may edit the share). Subclasses name the
 * notification's object type and subject.
 */
abstract class SharerNotifications {
	public const OBJECT_TYPE = '';
	public const SUBJECT = '';

	public function __construct(
		private IManager $manager,
	) {
	}

	protected function notifySharers(VerificationRequest $request, int $at): void {
		foreach (array_unique(array_filter([$request->shareOwner, $request->sharedBy], static fn (string $uid): bool => $uid !== '')) as $uid) {
			$notification = $this->manager->createNotification();
			$notification->setApp(Application::APP_ID)
				->setUser($uid)
				->setDateTime(new \DateTime('@' . $at))
				->setObject(static::OBJECT_TYPE, $request->requestId)
				->setSubject(static::SUBJECT);
			$this->manager->notify($notification);
		}
	}

	/**
	 * Removes this kind of notification about the request from every user.
	 */
	public function markProcessed(string $requestId): void {
		$notification = $this->manager->createNotification();
		$notification->setApp(Application::APP_ID)
			->setObject(static::OBJECT_TYPE, $requestId);
		$this->manager->markProcessed($notification);
	}
}
