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
 * Tells the sharer that a recipient nobody answered asks to be called back (see
 * CallbackNotifier), and takes it away once someone called back.
 */
class CallbackNotifications {
	public const OBJECT_TYPE = 'verification_callback';
	public const SUBJECT = 'callback_requested';

	public function __construct(
		private IManager $manager,
	) {
	}

	public function notify(VerificationRequest $request, int $now): void {
		foreach (array_unique(array_filter([$request->shareOwner, $request->sharedBy], static fn (string $uid): bool => $uid !== '')) as $uid) {
			$notification = $this->manager->createNotification();
			$notification->setApp(Application::APP_ID)
				->setUser($uid)
				->setDateTime(new \DateTime('@' . $now))
				->setObject(self::OBJECT_TYPE, $request->requestId)
				->setSubject(self::SUBJECT);
			$this->manager->notify($notification);
		}
	}

	public function markProcessed(string $requestId): void {
		$notification = $this->manager->createNotification();
		$notification->setApp(Application::APP_ID)
			->setObject(self::OBJECT_TYPE, $requestId);
		$this->manager->markProcessed($notification);
	}
}
