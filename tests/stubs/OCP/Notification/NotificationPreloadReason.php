<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Signature stub of OCP\Notification\NotificationPreloadReason (since 32.0.0).
 */
enum NotificationPreloadReason {
	case Push;
	case Email;
	case EndpointController;
}
