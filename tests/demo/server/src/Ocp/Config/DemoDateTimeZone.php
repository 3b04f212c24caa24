<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use OCP\IConfig;
use OCP\IDateTimeZone;

/**
 * IDateTimeZone of the demo, as OCP\IDateTimeZone describes it: the server's default is the
 * system value default_timezone (UTC when unset or unknown); a user's is the user setting
 * core/timezone, else the default. `mixed $timestamp` fits 33.0.8 (untyped) and 34.0.3
 * (int|false) alike.
 */
final class DemoDateTimeZone implements IDateTimeZone {
	public function __construct(
		private IConfig $config,
	) {
	}

	public function getTimeZone(mixed $timestamp = false, ?string $userId = null): \DateTimeZone {
		$zone = $userId === null ? '' : $this->config->getUserValue($userId, 'core', 'timezone', '');
		return $zone === '' ? $this->getDefaultTimeZone() : $this->zone($zone);
	}

	public function getDefaultTimeZone(): \DateTimeZone {
		return $this->zone($this->config->getSystemValueString('default_timezone', 'UTC'));
	}

	private function zone(string $name): \DateTimeZone {
		try {
			return new \DateTimeZone($name);
		} catch (\Exception) {
			return new \DateTimeZone('UTC');
		}
	}
}
