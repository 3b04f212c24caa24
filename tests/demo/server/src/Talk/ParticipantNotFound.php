<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

/**
 * The caller has no (current) session in the room.
 */
final class ParticipantNotFound extends \RuntimeException {
}
