<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * Why a grant (a browser session's verified access to a share) stopped working.
 */
enum GrantEndReason: string {
	/** The share's owner or initiator took it back in the Sharing tab. */
	case Revoked = 'revoked';
	/** Older than the administrator's grant lifetime. */
	case Expired = 'expired';
	/** The share's password changed since the unlock. */
	case PasswordChanged = 'password_changed';
	/** Video verification was switched off for the share. */
	case VerificationOff = 'verification_off';
	/** The share was deleted. */
	case ShareDeleted = 'share_deleted';
}
