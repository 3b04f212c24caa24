<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Db\VerificationMode;

/**
 * A validated PUT body: switch verification on or off, how to release the file, and
 * optionally the sharer's own password.
 */
final class SettingsChange {
	public function __construct(
		public readonly bool $enabled,
		public readonly VerificationMode $mode,
		#[\SensitiveParameter]
		public readonly ?string $password,
	) {
	}
}
