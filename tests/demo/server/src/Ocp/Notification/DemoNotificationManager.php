<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Notification;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\IManager;
use OCP\Notification\INotification;
use OCP\Notification\INotifier;
use OCP\Notification\NotificationPreloadReason;
use OCP\Notification\UnknownNotificationException;
use Psr\Container\ContainerInterface;

/**
 * Nextcloud's notification manager together with the notifications app's storage: notify()
 * stores the raw notification in demo_notifications, markProcessed() deletes what matches,
 * prepare() runs the registered notifiers as the notifications app does when it lists them.
 */
final class DemoNotificationManager implements IManager {
	/** @var list<string> notifier service class names */
	private array $notifierServices = [];
	/** @var list<INotifier>|null */
	private ?array $notifiers = null;
	private bool $preparingPush = false;

	public function __construct(
		private readonly DemoDatabase $db,
		private readonly ContainerInterface $container,
	) {
	}

	public function getID(): string {
		return 'core';
	}

	public function getName(): string {
		return 'core';
	}

	public function registerApp(string $appClass): void {
	}

	public function registerNotifier(\Closure $service, \Closure $info) {
		throw new \BadMethodCallException('Register notifiers with registerNotifierService()');
	}

	public function registerNotifierService(string $notifierService): void {
		$this->notifierServices[] = $notifierService;
		$this->notifiers = null;
	}

	public function getNotifiers(): array {
		if ($this->notifiers === null) {
			$this->notifiers = [];
			foreach ($this->notifierServices as $service) {
				$notifier = $this->container->get($service);
				if (!$notifier instanceof INotifier) {
					throw new \InvalidArgumentException($service . ' is not an INotifier');
				}
				$this->notifiers[] = $notifier;
			}
		}
		return $this->notifiers;
	}

	public function createNotification(): INotification {
		return new DemoNotification();
	}

	public function hasNotifiers(): bool {
		return $this->notifierServices !== [];
	}

	public function setPreparingPushNotification(bool $preparingPushNotification): void {
		$this->preparingPush = $preparingPushNotification;
	}

	public function isPreparingPushNotification(): bool {
		return $this->preparingPush;
	}

	public function dismissNotification(INotification $notification): void {
		$this->markProcessed($notification);
	}

	public function defer(): bool {
		return false;
	}

	public function flush(): void {
	}

	public function isFairUseOfFreePushService(): bool {
		return true;
	}

	public function notify(INotification $notification): void {
		if (!$notification->isValid()) {
			throw new \InvalidArgumentException('The given notification is invalid');
		}
		$this->db->execute(
			'INSERT INTO demo_notifications (app, user, datetime, object_type, object_id, subject, subject_parameters, message, message_parameters, link, icon, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
			[
				$notification->getApp(),
				$notification->getUser(),
				$notification->getDateTime()->getTimestamp(),
				$notification->getObjectType(),
				$notification->getObjectId(),
				$notification->getSubject(),
				json_encode($notification->getSubjectParameters()),
				$notification->getMessage(),
				json_encode($notification->getMessageParameters()),
				$notification->getLink(),
				$notification->getIcon(),
				json_encode(array_map(fn ($action) => $action instanceof DemoAction ? $action->toStored() : [
					'label' => $action->getLabel(), 'link' => $action->getLink(), 'type' => $action->getRequestType(), 'primary' => $action->isPrimary(),
				], $notification->getActions())),
			],
		);
	}

	public function markProcessed(INotification $notification): void {
		[$where, $params] = $this->conditions($notification);
		$this->db->execute('DELETE FROM demo_notifications WHERE ' . $where, $params);
	}

	public function getCount(INotification $notification): int {
		[$where, $params] = $this->conditions($notification);
		return (int)$this->db->select('SELECT COUNT(*) AS n FROM demo_notifications WHERE ' . $where, $params)[0]['n'];
	}

	/**
	 * @throws UnknownNotificationException when no notifier prepared it
	 * @throws AlreadyProcessedException when a notifier says it is obsolete
	 */
	public function prepare(INotification $notification, string $languageCode): INotification {
		foreach ($this->getNotifiers() as $notifier) {
			try {
				$notification = $notifier->prepare($notification, $languageCode);
			} catch (AlreadyProcessedException $e) {
				$this->markProcessed($notification);
				throw $e;
			} catch (\InvalidArgumentException) {
				continue;
			}
		}
		if (!$notification->isValidParsed()) {
			throw new UnknownNotificationException('The given notification has not been handled');
		}
		return $notification;
	}

	public function preloadDataForParsing(array $notifications, string $languageCode, NotificationPreloadReason $reason): void {
	}

	/**
	 * The stored notifications of a user, newest first, as notifiers receive them.
	 *
	 * @return array<int, INotification> keyed by notification id
	 */
	public function storedFor(string $user): array {
		$notifications = [];
		foreach ($this->db->select('SELECT * FROM demo_notifications WHERE user = ? ORDER BY id DESC', [$user]) as $row) {
			$notifications[(int)$row['id']] = $this->fromRow($row);
		}
		return $notifications;
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private function fromRow(array $row): INotification {
		$notification = (new DemoNotification())
			->setApp((string)$row['app'])
			->setUser((string)$row['user'])
			->setDateTime(new \DateTime('@' . (int)$row['datetime']))
			->setObject((string)$row['object_type'], (string)$row['object_id'])
			->setSubject((string)$row['subject'], json_decode((string)$row['subject_parameters'], true) ?: []);
		if ($row['message'] !== '') {
			$notification->setMessage((string)$row['message'], json_decode((string)$row['message_parameters'], true) ?: []);
		}
		if ($row['link'] !== '') {
			$notification->setLink((string)$row['link']);
		}
		if ($row['icon'] !== '') {
			$notification->setIcon((string)$row['icon']);
		}
		foreach (json_decode((string)$row['actions'], true) ?: [] as $stored) {
			$action = $notification->createAction()
				->setLabel((string)$stored['label'])
				->setLink((string)$stored['link'], (string)$stored['type'])
				->setPrimary((bool)$stored['primary']);
			$notification->addAction($action);
		}
		return $notification;
	}

	/**
	 * The notifications app deletes by every field the caller set (Handler::delete).
	 *
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function conditions(INotification $notification): array {
		$where = [];
		$params = [];
		foreach ([
			'app' => $notification->getApp(),
			'user' => $notification->getUser(),
			'object_type' => $notification->getObjectType(),
			'object_id' => $notification->getObjectId(),
			'subject' => $notification->getSubject(),
		] as $column => $value) {
			if ($value !== '') {
				$where[] = $column . ' = ?';
				$params[] = $value;
			}
		}
		if ($where === []) {
			throw new \InvalidArgumentException('A notification to mark processed needs at least one field');
		}
		return [implode(' AND ', $where), $params];
	}
}
