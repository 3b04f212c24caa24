<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\App;

/**
 * Signature stub of OCP\App\AppPathNotFoundException (since 11.0.0).
 */
class AppPathNotFoundException extends \Exception {
}
