<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Activity;

use OCP\Activity\IEvent;
use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCP\Activity\ActivitySettings;
use OCP\Activity\IFilter;
use OCP\Activity\IManager;
use OCP\Activity\ISetting;

/**
 * Nextcloud's activity manager as far as publishing goes: an incomplete event is refused
 * (Manager::publish), a complete one is appended to activity.jsonl in the demo data dir.
 * The demo has no activity app, so our app never publishes here unless a test enables it.
 */
final class DemoActivityManager implements IManager {
	/** @var array<string, list<string>> kind => registered class names */
	private array $registered = ['filter' => [], 'setting' => [], 'provider' => []];
	private bool $requirePng = false;
	private ?string $currentUserId = null;
	public function __construct(
		private readonly string $logFile,
	) {
	}

	public function generateEvent(): IEvent {
		return new DemoActivityEvent();
	}

	public function publish(IEvent $event): void {
		if (!$event instanceof DemoActivityEvent || !$event->isValid()) {
			throw new \InvalidArgumentException('The given event is invalid');
		}
		file_put_contents($this->logFile, json_encode([
			'app' => $event->getApp(),
			'type' => $event->getType(),
			'affectedUser' => $event->getAffectedUser(),
			'author' => $event->getAuthor(),
			'timestamp' => $event->getTimestamp() ?: time(),
			'subject' => $event->getSubject(),
			'subjectParameters' => $event->getSubjectParameters(),
			'objectType' => $event->getObjectType(),
			'objectId' => $event->getObjectId(),
			'objectName' => $event->getObjectName(),
		]) . "\n", FILE_APPEND | LOCK_EX);
	}

	/**
	 * As OC\Activity\Manager::bulkPublish: the event once per affected user.
	 */
	public function bulkPublish(IEvent $event, array $affectedUserIds, ISetting $setting): void {
		foreach ($affectedUserIds as $userId) {
			$this->publish((clone $event)->setAffectedUser((string)$userId));
		}
	}

	// The demo's only consumer is the activity.jsonl log publish() writes.
	public function registerConsumer(\Closure $callable): void {
		throw UnusedApiException::for(__METHOD__);
	}

	// The demo has no activity app to list filters, settings and providers: it records them.
	public function registerFilter(string $filter): void {
		$this->registered['filter'][] = $filter;
	}

	public function registerSetting(string $setting): void {
		$this->registered['setting'][] = $setting;
	}

	public function registerProvider(string $provider): void {
		$this->registered['provider'][] = $provider;
	}

	/**
	 * @return list<string> the class names registered as $kind ('filter', 'setting', 'provider')
	 */
	public function registered(string $kind): array {
		return $this->registered[$kind] ?? [];
	}

	public function getFilters(): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getFilterById(string $id): IFilter {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getSettings(): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getProviders(): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getSettingById(string $id): ActivitySettings {
		throw UnusedApiException::for(__METHOD__);
	}

	/**
	 * Upstream compares the object with the activity app's request (object_type, object_id);
	 * the demo serves no activity stream, so no stream is ever filtered to an object.
	 */
	public function setFormattingObject(string $type, string|int $id): void {
	}

	public function isFormattingFilteredObject(): bool {
		return false;
	}

	public function setRequirePNG(bool $status): void {
		$this->requirePng = $status;
	}

	public function getRequirePNG(): bool {
		return $this->requirePng;
	}

	public function setCurrentUserId(?string $currentUserId = null): void {
		$this->currentUserId = $currentUserId;
	}

	/**
	 * @throws \UnexpectedValueException as OC\Activity\Manager without a user
	 */
	public function getCurrentUserId(): string {
		if ($this->currentUserId === null) {
			throw new \UnexpectedValueException('No current user');
		}
		return $this->currentUserId;
	}
}
