<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

/**
 * Signature stub of OCP\AppFramework\Http\Attribute\UseSession (since 26.0.0):
 * Nextcloud keeps the PHP session open (writable) while the method runs.
 */
#[Attribute(Attribute::TARGET_METHOD)]
class UseSession {
}
