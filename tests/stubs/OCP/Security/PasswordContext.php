<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Security;

/**
 * Signature stub of OCP\Security\PasswordContext (since 31.0.0).
 */
enum PasswordContext {
	case ACCOUNT;
	case SHARING;
	/** @since 35.0.0 */
	case OTP;
}
