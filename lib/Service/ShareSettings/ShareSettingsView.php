<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\ResponseDefinitions;

/**
 * The settings of one share as the OCS API returns them.
 *
 * @psalm-import-type VideoVerificationShareSettings from ResponseDefinitions
 */
final class ShareSettingsView {
	private function __construct(
		public readonly string $shareId,
		public readonly bool $enabled,
		public readonly VerificationMode $mode,
		public readonly ?string $enabledBy,
		public readonly ?int $enabledAt,
		public readonly bool $passwordGenerated,
		public readonly bool $talkAvailable,
	) {
	}

	public static function enabled(ShareSettings $settings, bool $talkAvailable): self {
		return new self(
			(string)$settings->shareId,
			true,
			$settings->mode,
			$settings->enabledBy,
			$settings->enabledAt,
			$settings->passwordGenerated,
			$talkAvailable,
		);
	}

	/**
	 * @param bool $passwordGenerated whether the share was left with a password the app generated
	 */
	public static function disabled(string $shareId, bool $passwordGenerated, bool $talkAvailable): self {
		return new self($shareId, false, VerificationMode::Approve, null, null, $passwordGenerated, $talkAvailable);
	}

	/**
	 * @return VideoVerificationShareSettings
	 */
	public function toArray(): array {
		return [
			'shareId' => $this->shareId,
			'enabled' => $this->enabled,
			'mode' => $this->mode->value,
			'enabledBy' => $this->enabledBy,
			'enabledAt' => $this->enabledAt,
			'passwordGenerated' => $this->passwordGenerated,
			'talkAvailable' => $this->talkAvailable,
		];
	}
}
