<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\SetupCheck;

use OCA\VideoVerification\Service\Talk\SignalingServerProbe;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Service\Talk\TalkSettings;
use OCP\IL10N;
use OCP\SetupCheck\ISetupCheck;
use OCP\SetupCheck\SetupResult;

/**
 * Talk's signaling: internal, or a High Performance Backend that must answer.
 */
class SignalingCheck implements ISetupCheck {
	public function __construct(
		private TalkAvailability $talk,
		private TalkSettings $settings,
		private SignalingServerProbe $probe,
		private IL10N $l10n,
	) {
	}

	public function getCategory(): string {
		return 'network';
	}

	public function getName(): string {
		return $this->l10n->t('Video verification: Talk signaling');
	}

	public function run(): SetupResult {
		if (!$this->talk->status()->installed) {
			return SetupResult::info($this->l10n->t('Not checked: Nextcloud Talk is not installed.'));
		}
		if ($this->settings->signalingMode() === TalkSettings::SIGNALING_INTERNAL) {
			return SetupResult::success($this->l10n->t('Talk uses its internal signaling. That is enough for the one-to-one verification calls; a High Performance Backend connects them faster.'));
		}
		$unreachable = [];
		$versions = [];
		foreach ($this->settings->signalingServers() as $server) {
			try {
				$version = $this->probe->welcome($server['server'], $server['verify']);
				$versions[] = $version === null ? $server['server'] : $server['server'] . ' (' . $version . ')';
			} catch (\RuntimeException $e) {
				$unreachable[] = $server['server'] . ': ' . $e->getMessage();
			}
		}
		if ($unreachable !== []) {
			return SetupResult::error($this->l10n->t('Talk uses a High Performance Backend that does not answer, so calls cannot connect: %1$s', [implode('; ', $unreachable)]));
		}
		return SetupResult::success($this->l10n->t('Talk uses the High Performance Backend, which answers: %1$s', [implode(', ', $versions)]));
	}
}
