<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Signature stub of OCP\Notification\INotifier (since 9.0.0; getID/getName since 17.0.0).
 */
interface INotifier {
	public function getID(): string;

	public function getName(): string;

	/**
	 * @throws UnknownNotificationException When the notification was not prepared by a notifier
	 * @throws AlreadyProcessedException When the notification is not needed anymore and should be deleted
	 */
	public function prepare(INotification $notification, string $languageCode): INotification;
}
