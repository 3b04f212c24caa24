<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\SetupCheck;

use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCP\IL10N;
use OCP\SetupCheck\ISetupCheck;
use OCP\SetupCheck\SetupResult;

/**
 * Video verification calls happen in Nextcloud Talk: is it there?
 */
class TalkInstalledCheck implements ISetupCheck {
	public function __construct(
		private TalkAvailability $talk,
		private IL10N $l10n,
	) {
	}

	public function getCategory(): string {
		return 'system';
	}

	public function getName(): string {
		return $this->l10n->t('Video verification: Nextcloud Talk');
	}

	public function run(): SetupResult {
		$status = $this->talk->status();
		if (!$status->installed) {
			return SetupResult::error($this->l10n->t('Nextcloud Talk is not installed or not enabled. Without it nobody can use Password via Talk and recipients cannot call.'));
		}
		$text = $status->version !== null
			? $this->l10n->t('Nextcloud Talk %1$s is installed and enabled.', [$status->version])
			: $this->l10n->t('Nextcloud Talk is installed and enabled.');
		if (!$status->enabledForAll) {
			return SetupResult::info($text . ' ' . $this->l10n->t('It is limited to some groups: only their members can turn on Password via Talk.'));
		}
		return SetupResult::success($text);
	}
}
