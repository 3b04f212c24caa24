<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

/**
 * Signature stub of OCP\AppFramework\Http\Attribute\PublicPage (since 27.0.0):
 * the method can be called without being logged in.
 */
#[Attribute(Attribute::TARGET_METHOD)]
class PublicPage {
}
