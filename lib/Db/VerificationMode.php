<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * How the sharer releases the file once they have seen the recipient.
 */
enum VerificationMode: string {
	/** The sharer presses "Approve" in the call; no password is spoken. */
	case Approve = 'approve';
	/** The sharer tells the share password in the call (Nextcloud's classic flow). */
	case Password = 'password';

	/**
	 * @return list<string>
	 */
	public static function values(): array {
		return array_map(static fn (self $mode): string => $mode->value, self::cases());
	}
}
