<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Activity;

use OCP\Activity\IEvent;
use OCP\Activity\IManager;

/**
 * Nextcloud's activity manager as far as publishing goes: an incomplete event is refused
 * (Manager::publish), a complete one is appended to activity.jsonl in the demo data dir.
 * The demo has no activity app, so our app never publishes here unless a test enables it.
 */
final class DemoActivityManager implements IManager {
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
}
