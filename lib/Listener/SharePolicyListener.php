<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\VideoVerification\Service\ShareSettings\SharePolicyEnforcer;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\Events\BeforeShareCreatedEvent;
use OCP\Share\Events\ShareCreatedEvent;
use OCP\Share\Events\ShareUpdatedEvent;

/**
 * Enforces the administrator's "required" groups on share creation and update.
 * ShareUpdatedEvent exists from Nextcloud 35 on (see docs/PLATFORM-NOTES.md).
 *
 * @template-implements IEventListener<BeforeShareCreatedEvent|ShareCreatedEvent|ShareUpdatedEvent>
 */
class SharePolicyListener implements IEventListener {
	public function __construct(
		private SharePolicyEnforcer $enforcer,
	) {
	}

	public function handle(Event $event): void {
		if ($event instanceof BeforeShareCreatedEvent) {
			$error = $this->enforcer->beforeCreate($event->getShare());
			if ($error !== null) {
				// Share20\Manager refuses the share only when both are set
				$event->setError($error);
				$event->stopPropagation();
			}
		} elseif ($event instanceof ShareCreatedEvent) {
			$this->enforcer->afterCreate($event->getShare());
		} elseif ($event instanceof ShareUpdatedEvent) {
			$this->enforcer->afterUpdate($event->getShare());
		}
	}
}
