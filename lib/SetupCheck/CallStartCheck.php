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
 * Talk's "who may start calls" ('start_calls'): a limit to users or moderators does not get in
 * the way of verification calls (Talk's RestrictStartingCalls lets guests start the call in
 * public 'share:password' rooms before it asks Participant::canStartCall); switching calls off
 * for everyone does (Talk then refuses joining any call). See docs/PLATFORM-NOTES.md.
 */
class CallStartCheck implements ISetupCheck {
	public function __construct(
		private TalkAvailability $talk,
		private TalkSettings $settings,
		private IL10N $l10n,
	) {
	}

	public function getCategory(): string {
		return 'config';
	}

	public function getName(): string {
		return $this->l10n->t('Video verification: who may start calls');
	}

	public function run(): SetupResult {
		if (!$this->talk->status()->installed) {
			return SetupResult::info($this->l10n->t('Not checked: Nextcloud Talk is not installed.'));
		}
		return match ($this->settings->startCalls()) {
			TalkSettings::START_CALL_NOONE => SetupResult::error($this->l10n->t('Calls are switched off in Talk ("Start calls": nobody), so no verification call can take place.')),
			TalkSettings::START_CALL_USERS => SetupResult::success($this->l10n->t('Talk lets only users start calls. That is fine: in Talk\'s password request conversations the recipient may still start the verification call.')),
			TalkSettings::START_CALL_MODERATORS => SetupResult::success($this->l10n->t('Talk lets only moderators start calls. That is fine: in Talk\'s password request conversations the recipient may still start the verification call.')),
			default => SetupResult::success($this->l10n->t('Everyone may start calls in Talk.')),
		};
	}
}
