<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Stub of OCP\Notification\UnknownNotificationException (since 30.0.0).
 */
class UnknownNotificationException extends \InvalidArgumentException {
}
