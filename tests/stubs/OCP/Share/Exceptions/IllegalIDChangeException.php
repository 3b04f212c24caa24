<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Share\Exceptions;

/**
 * Signature stub of OCP\Share\Exceptions\IllegalIDChangeException (since 9.1.0).
 */
class IllegalIDChangeException extends GenericShareException {
}
