<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Signature stub of OCP\Notification\IManager (since 9.0.0; extends IPreloadableNotifier since 32.0.0).
 */
interface IManager extends IApp, IPreloadableNotifier {
	public function registerApp(string $appClass): void;

	/**
	 * @deprecated 17.0.0 use registerNotifierService instead.
	 */
	public function registerNotifier(\Closure $service, \Closure $info);

	/**
	 * @deprecated 22.0.0 use the IBootStrap registration context
	 */
	public function registerNotifierService(string $notifierService): void;

	/**
	 * @return INotifier[]
	 */
	public function getNotifiers(): array;

	public function createNotification(): INotification;

	public function hasNotifiers(): bool;

	public function setPreparingPushNotification(bool $preparingPushNotification): void;

	public function isPreparingPushNotification(): bool;

	public function dismissNotification(INotification $notification): void;

	public function defer(): bool;

	public function flush(): void;

	public function isFairUseOfFreePushService(): bool;
}
