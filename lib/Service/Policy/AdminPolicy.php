<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Policy;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\VerificationMode;
use OCP\IAppConfig;

/**
 * The administrator's policy in the app config, with typed getters. Stored values that are
 * out of range (edited by hand, or by an older version) read as the nearest valid value.
 */
class AdminPolicy {
	public const KEY_USABLE_BY = 'usable_by';
	public const KEY_ALLOWED_GROUPS = 'allowed_groups';
	public const KEY_REQUIRED_GROUPS = 'required_groups';
	public const KEY_DEFAULT_MODE = 'default_mode';
	/** Seconds; the request API read this key before the admin page existed. */
	public const KEY_REQUEST_TTL = 'request_ttl';
	public const KEY_GRANT_TTL = 'grant_ttl_minutes';
	public const KEY_RETENTION = 'retention_days';
	public const KEY_CALLS_WITHOUT_VIDEO = 'allow_calls_without_video';

	public const DEFAULT_REQUEST_TTL_MINUTES = 15;
	public const MIN_REQUEST_TTL_MINUTES = 1;
	public const MAX_REQUEST_TTL_MINUTES = 1440;
	/** 0 = until the browser session ends */
	public const DEFAULT_GRANT_TTL_MINUTES = 0;
	public const MAX_GRANT_TTL_MINUTES = 43200;
	public const DEFAULT_RETENTION_DAYS = 365;
	public const MAX_RETENTION_DAYS = 3650;

	public function __construct(
		private IAppConfig $appConfig,
	) {
	}

	public function get(): PolicySettings {
		return new PolicySettings(
			$this->usableBy(),
			$this->allowedGroups(),
			$this->requiredGroups(),
			$this->defaultMode(),
			intdiv($this->requestTtlSeconds() + 59, 60),
			$this->grantTtlMinutes(),
			$this->retentionDays(),
			$this->allowCallsWithoutVideo(),
		);
	}

	/**
	 * Stores a validated policy (AdminSettingsParser never hands over anything else).
	 */
	public function save(PolicySettings $settings): void {
		$app = Application::APP_ID;
		$this->appConfig->setValueString($app, self::KEY_USABLE_BY, $settings->usableBy);
		$this->appConfig->setValueString($app, self::KEY_ALLOWED_GROUPS, json_encode($settings->allowedGroups, JSON_THROW_ON_ERROR));
		$this->appConfig->setValueString($app, self::KEY_REQUIRED_GROUPS, json_encode($settings->requiredGroups, JSON_THROW_ON_ERROR));
		$this->appConfig->setValueString($app, self::KEY_DEFAULT_MODE, $settings->defaultMode->value);
		$this->appConfig->setValueInt($app, self::KEY_REQUEST_TTL, $settings->requestTtlMinutes * 60);
		$this->appConfig->setValueInt($app, self::KEY_GRANT_TTL, $settings->grantTtlMinutes);
		$this->appConfig->setValueInt($app, self::KEY_RETENTION, $settings->retentionDays);
		$this->appConfig->setValueBool($app, self::KEY_CALLS_WITHOUT_VIDEO, $settings->allowCallsWithoutVideo);
	}

	/**
	 * Whether a recipient without a camera may call with audio only (off by default: the
	 * point of the call is to see the person).
	 */
	public function allowCallsWithoutVideo(): bool {
		return $this->appConfig->getValueBool(Application::APP_ID, self::KEY_CALLS_WITHOUT_VIDEO, false);
	}

	/**
	 * @return PolicySettings::USABLE_BY_*
	 */
	public function usableBy(): string {
		$value = $this->appConfig->getValueString(Application::APP_ID, self::KEY_USABLE_BY, PolicySettings::USABLE_BY_EVERYONE);
		return $value === PolicySettings::USABLE_BY_GROUPS ? PolicySettings::USABLE_BY_GROUPS : PolicySettings::USABLE_BY_EVERYONE;
	}

	/**
	 * @return list<string>
	 */
	public function allowedGroups(): array {
		return $this->groupList(self::KEY_ALLOWED_GROUPS);
	}

	/**
	 * @return list<string>
	 */
	public function requiredGroups(): array {
		return $this->groupList(self::KEY_REQUIRED_GROUPS);
	}

	public function defaultMode(): VerificationMode {
		return VerificationMode::tryFrom($this->appConfig->getValueString(Application::APP_ID, self::KEY_DEFAULT_MODE, VerificationMode::Approve->value))
			?? VerificationMode::Approve;
	}

	/**
	 * How long an unanswered verification request lives.
	 */
	public function requestTtlSeconds(): int {
		$seconds = $this->appConfig->getValueInt(Application::APP_ID, self::KEY_REQUEST_TTL, self::DEFAULT_REQUEST_TTL_MINUTES * 60);
		return max(self::MIN_REQUEST_TTL_MINUTES * 60, min(self::MAX_REQUEST_TTL_MINUTES * 60, $seconds));
	}

	/**
	 * How long a verified grant lasts in the recipient's browser session; 0 = until it ends.
	 */
	public function grantTtlMinutes(): int {
		return $this->clamp(self::KEY_GRANT_TTL, self::DEFAULT_GRANT_TTL_MINUTES, 0, self::MAX_GRANT_TTL_MINUTES);
	}

	/**
	 * How long verification records are kept; 0 = forever.
	 */
	public function retentionDays(): int {
		return $this->clamp(self::KEY_RETENTION, self::DEFAULT_RETENTION_DAYS, 0, self::MAX_RETENTION_DAYS);
	}

	private function clamp(string $key, int $default, int $min, int $max): int {
		return max($min, min($max, $this->appConfig->getValueInt(Application::APP_ID, $key, $default)));
	}

	/**
	 * @return list<string>
	 */
	private function groupList(string $key): array {
		$decoded = json_decode($this->appConfig->getValueString(Application::APP_ID, $key, '[]'), true);
		if (!is_array($decoded)) {
			return [];
		}
		return array_values(array_unique(array_filter($decoded, static fn ($gid): bool => is_string($gid) && $gid !== '')));
	}
}
