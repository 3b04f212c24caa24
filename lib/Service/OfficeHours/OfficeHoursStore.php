<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\OfficeHours;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\OutsideOfficeHoursException;
use OCP\Config\IUserConfig;
use OCP\IL10N;

/**
 * A sharer's office hours (optional; none = calls at any time) in their user config, read
 * in their own time zone (user config core/timezone, as Nextcloud keeps it; UTC when unset).
 * Both are strings in IUserConfig: office hours as JSON, so rows written earlier through
 * IConfig::setUserValue (typed "mixed") read back unchanged through getValueString.
 */
class OfficeHoursStore {
	public const KEY = 'office_hours';

	public function __construct(
		private IUserConfig $config,
		private IL10N $l10n,
	) {
	}

	public function get(string $uid): ?OfficeHours {
		$decoded = json_decode($this->config->getValueString($uid, Application::APP_ID, self::KEY), true);
		if (!is_array($decoded)) {
			return null;
		}
		try {
			return OfficeHours::parse($decoded['days'] ?? null, $decoded['from'] ?? null, $decoded['to'] ?? null, $this->l10n);
		} catch (\Exception) {
			// Stored by hand or garbled: no office hours rather than no calls at all
			return null;
		}
	}

	public function save(string $uid, ?OfficeHours $hours): void {
		if ($hours === null) {
			$this->config->deleteUserConfig($uid, Application::APP_ID, self::KEY);
			return;
		}
		$this->config->setValueString($uid, Application::APP_ID, self::KEY, json_encode($hours->toArray(), JSON_THROW_ON_ERROR));
	}

	/**
	 * @return array{open: bool, summary: string}|null null: no office hours, calls at any time
	 */
	public function availability(string $uid, int $now): ?array {
		$hours = $uid === '' ? null : $this->get($uid);
		if ($hours === null) {
			return null;
		}
		return [
			'open' => $hours->isOpenAt((new \DateTimeImmutable('@' . $now))->setTimezone($this->timezone($uid))),
			'summary' => $this->l10n->t('The sharer takes calls %s (their time).', [$hours->describe($this->l10n)]),
		];
	}

	/**
	 * @throws OutsideOfficeHoursException
	 */
	public function assertTakesCallsAt(string $uid, int $now): void {
		$availability = $this->availability($uid, $now);
		if ($availability === null || $availability['open']) {
			return;
		}
		throw new OutsideOfficeHoursException($availability['summary']);
	}

	private function timezone(string $uid): \DateTimeZone {
		try {
			return new \DateTimeZone($this->config->getValueString($uid, 'core', 'timezone', 'UTC') ?: 'UTC');
		} catch (\Exception) {
			return new \DateTimeZone('UTC');
		}
	}
}
