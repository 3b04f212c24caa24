<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Exception;

/**
 * The browser session's grant for a public share has ended and its access was taken back:
 * GrantEnforcementMiddleware answers with the share's password page.
 */
class GrantEndedException extends \RuntimeException {
}
