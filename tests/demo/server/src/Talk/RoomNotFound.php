<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

/**
 * The room does not exist, or the caller may not see or join it (Talk answers 404 for both).
 */
final class RoomNotFound extends \RuntimeException {
}
