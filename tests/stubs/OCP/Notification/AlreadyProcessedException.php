<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Stub of OCP\Notification\AlreadyProcessedException (since 17.0.0).
 */
class AlreadyProcessedException extends \RuntimeException {
	public function __construct() {
		parent::__construct('Notification is processed already');
	}
}
