<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\SetupCheck;

use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Service\Talk\TalkSettings;
use OCP\IL10N;
use OCP\SetupCheck\ISetupCheck;
use OCP\SetupCheck\SetupResult;

/**
 * STUN and TURN in Talk's settings: without TURN, calls between people behind different NATs
 * or strict firewalls do not connect.
 */
class IceServersCheck implements ISetupCheck {
	public function __construct(
		private TalkAvailability $talk,
		private TalkSettings $settings,
		private IL10N $l10n,
	) {
	}

	public function getCategory(): string {
		return 'network';
	}

	public function getName(): string {
		return $this->l10n->t('Video verification: STUN and TURN');
	}

	public function run(): SetupResult {
		if (!$this->talk->status()->installed) {
			return SetupResult::info($this->l10n->t('Not checked: Nextcloud Talk is not installed.'));
		}
		$stun = $this->l10n->t('STUN: %1$s.', [implode(', ', $this->settings->stunServers())]);
		$turn = $this->settings->turnServers();
		if ($turn === []) {
			return SetupResult::warning($stun . ' ' . $this->l10n->t('No TURN server is configured in Talk. Calls between people behind different NATs or firewalls will fail to connect; add a TURN server in the Talk settings.'));
		}
		return SetupResult::success($stun . ' ' . $this->l10n->t('TURN: %1$s.', [implode(', ', $turn)]));
	}
}
