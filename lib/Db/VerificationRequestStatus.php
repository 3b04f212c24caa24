<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * Where a recipient's verification request stands.
 *
 * requested → ringing → approved → used; requested|ringing → declined, cancelled,
 * abandoned or expired; approved → expired when not used in time. declined, expired, used,
 * cancelled and abandoned are final.
 */
enum VerificationRequestStatus: string {
	/** Registered; the recipient is about to call the sharer. */
	case Requested = 'requested';
	/** The recipient's client is in Talk's call, ringing (or talking to) the sharer. */
	case Ringing = 'ringing';
	/** The sharer approved; the recipient's next poll unlocks its browser session. */
	case Approved = 'approved';
	/** The sharer declined. */
	case Declined = 'declined';
	/** Nobody decided in time, or an approval was not picked up in time. */
	case Expired = 'expired';
	/** The recipient's browser session was unlocked (by approval or by the share password). */
	case Used = 'used';
	/** The recipient hung up before the sharer released the file. */
	case Cancelled = 'cancelled';
	/** The recipient's page stopped polling (closed, crashed or offline) while the request was open. */
	case Abandoned = 'abandoned';

	/**
	 * Waiting for the sharer: the recipient may still cancel, the sharer still decide.
	 */
	public function isOpen(): bool {
		return $this === self::Requested || $this === self::Ringing;
	}

	/**
	 * Nothing changes any more.
	 */
	public function isFinal(): bool {
		return in_array($this, [self::Declined, self::Expired, self::Used, self::Cancelled, self::Abandoned], true);
	}

	/**
	 * @return list<string>
	 */
	public static function values(): array {
		return array_map(static fn (self $status): string => $status->value, self::cases());
	}
}
