<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\PreConditionNotMetException (since 8.0.0).
 */
class PreConditionNotMetException extends \Exception {
}
