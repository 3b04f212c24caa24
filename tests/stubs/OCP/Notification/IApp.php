<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Signature stub of OCP\Notification\IApp (since 9.0.0).
 */
interface IApp {
	/**
	 * @throws \InvalidArgumentException When the notification is not valid
	 */
	public function notify(INotification $notification): void;

	public function markProcessed(INotification $notification): void;

	public function getCount(INotification $notification): int;
}
