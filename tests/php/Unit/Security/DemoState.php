<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

/**
 * A saved DemoApp: its database file, its browsers' PHP sessions and how many requests it
 * has seen (each request has its own IP address).
 */
final class DemoState {
	/**
	 * @param array<string, array<string, mixed>> $sessions
	 */
	public function __construct(
		public readonly string $databaseFile,
		public readonly array $sessions,
		public readonly int $requests,
	) {
	}
}
