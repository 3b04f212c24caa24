<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Service;

use OCP\IAppConfig;

/**
 * Talk's recording settings as spreed lib/Config.php reads them: recording is on only with
 * external signaling, app config `call_recording` 'yes' (default) and a `recording_servers`
 * JSON `{servers: [...], secret}` with a secret and at least one server; the consent rule
 * (`recording_consent`: 0 off, 1 required, 2 optional per conversation) applies only then.
 * The stand-in runs no recording server: a configured one only switches these rules on.
 */
final class RecordingConfig {
	public const CONSENT_REQUIRED_NO = 0;
	public const CONSENT_REQUIRED_YES = 1;
	public const CONSENT_REQUIRED_OPTIONAL = 2;

	public function __construct(
		private readonly IAppConfig $appConfig,
		private readonly SignalingConfig $signalingConfig,
	) {
	}

	public function isRecordingEnabled(): bool {
		if ($this->signalingConfig->isInternal()) {
			return false;
		}
		if ($this->appConfig->getValueString(SignalingConfig::APP, 'call_recording', 'yes') !== 'yes') {
			return false;
		}
		$recording = json_decode($this->appConfig->getValueString(SignalingConfig::APP, 'recording_servers', ''), true);
		if (!is_array($recording) || (string)($recording['secret'] ?? '') === '') {
			return false;
		}
		return is_array($recording['servers'] ?? null) && $recording['servers'] !== [];
	}

	/**
	 * The `config → call → recording-consent` capability: 0 whenever recording is off.
	 *
	 * @return self::CONSENT_REQUIRED_*
	 */
	public function recordingConsentRequired(): int {
		return $this->isRecordingEnabled() ? $this->consentConfig() : self::CONSENT_REQUIRED_NO;
	}

	/**
	 * Whether joining the call needs `recordingConsent: true` in a room with this setting
	 * (spreed CallController::validateRecordingConsent).
	 */
	public function joinNeedsConsent(int $roomRecordingConsent): bool {
		return match ($this->recordingConsentRequired()) {
			self::CONSENT_REQUIRED_YES => true,
			self::CONSENT_REQUIRED_OPTIONAL => $roomRecordingConsent === self::CONSENT_REQUIRED_YES,
			default => false,
		};
	}

	/**
	 * The `recordingConsent` of Talk's room data (spreed RoomFormatter): the room's own
	 * setting in optional mode, the server's rule otherwise.
	 */
	public function roomValue(int $roomRecordingConsent): int {
		$required = $this->recordingConsentRequired();
		return $required === self::CONSENT_REQUIRED_OPTIONAL ? $roomRecordingConsent : $required;
	}

	/**
	 * @return self::CONSENT_REQUIRED_*
	 */
	private function consentConfig(): int {
		return match ((int)$this->appConfig->getValueString(SignalingConfig::APP, 'recording_consent', (string)self::CONSENT_REQUIRED_NO)) {
			self::CONSENT_REQUIRED_YES => self::CONSENT_REQUIRED_YES,
			self::CONSENT_REQUIRED_OPTIONAL => self::CONSENT_REQUIRED_OPTIONAL,
			default => self::CONSENT_REQUIRED_NO,
		};
	}
}
