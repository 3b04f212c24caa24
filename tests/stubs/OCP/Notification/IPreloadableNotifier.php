<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Signature stub of OCP\Notification\IPreloadableNotifier (since 32.0.0).
 */
interface IPreloadableNotifier extends INotifier {
	/**
	 * @param INotification[] $notifications
	 */
	public function preloadDataForParsing(
		array $notifications,
		string $languageCode,
		NotificationPreloadReason $reason,
	): void;
}
