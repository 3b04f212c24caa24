<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace Psr\Clock;

/**
 * Signature stub of psr/clock (not packaged by Debian).
 */
interface ClockInterface {
	public function now(): \DateTimeImmutable;
}
