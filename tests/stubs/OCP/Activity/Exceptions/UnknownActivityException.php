<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Activity\Exceptions;

/**
 * Signature stub of OCP\Activity\Exceptions\UnknownActivityException (since 30.0.0).
 */
class UnknownActivityException extends \InvalidArgumentException {
}
