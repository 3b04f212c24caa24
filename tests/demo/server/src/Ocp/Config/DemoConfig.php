<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use OCP\Exceptions\AppConfigTypeConflictException;
use OCP\IAppConfig;
use OCP\IConfig;

/**
 * IConfig of the demo: system values are fixed (config.php of a fresh instance), app and
 * user values are rows in SQLite.
 */
final class DemoConfig implements IConfig {
	public function __construct(
		private readonly DemoAppConfigStore $store,
		/** @var array<string, mixed> */
		private readonly array $systemValues,
	) {
	}

	public function setSystemValues(array $configs) {
		throw new \LogicException('config.php of the demo host is read-only');
	}

	public function setSystemValue($key, $value) {
		throw new \LogicException('config.php of the demo host is read-only');
	}

	public function getSystemValue($key, $default = '') {
		return $this->systemValues[$key] ?? $default;
	}

	public function getSystemValueBool(string $key, bool $default = false): bool {
		return (bool)($this->systemValues[$key] ?? $default);
	}

	public function getSystemValueInt(string $key, int $default = 0): int {
		return (int)($this->systemValues[$key] ?? $default);
	}

	public function getSystemValueString(string $key, string $default = ''): string {
		return (string)($this->systemValues[$key] ?? $default);
	}

	public function getFilteredSystemValue($key, $default = '') {
		return $this->getSystemValue($key, $default);
	}

	public function deleteSystemValue($key) {
		throw new \LogicException('config.php of the demo host is read-only');
	}

	public function getAppKeys($appName) {
		return array_keys($this->store->all((string)$appName));
	}

	/**
	 * AppConfig::setValueMixed, as nextcloud/server's AllConfig: an untyped row; a row the
	 * typed IAppConfig setters wrote keeps its type and refuses the untyped write.
	 */
	public function setAppValue($appName, $key, $value) {
		$type = $this->store->type((string)$appName, (string)$key);
		if ($type !== null && ($type & IAppConfig::VALUE_MIXED) === 0) {
			throw new AppConfigTypeConflictException('conflict between new type (mixed) and old type (' . $type . ')');
		}
		$this->store->set((string)$appName, (string)$key, (string)$value);
	}

	public function getAppValue($appName, $key, $default = '') {
		return $this->store->get((string)$appName, (string)$key) ?? $default;
	}

	public function deleteAppValue($appName, $key) {
		$this->store->delete((string)$appName, (string)$key);
	}

	public function deleteAppValues($appName) {
		$this->store->delete((string)$appName);
	}

	public function setUserValue($userId, $appName, $key, $value, $preCondition = null) {
		$current = $this->store->getUser((string)$userId, (string)$appName, (string)$key);
		if ($preCondition !== null && $current !== (string)$preCondition) {
			throw new \OCP\PreConditionNotMetException();
		}
		$this->store->setUser((string)$userId, (string)$appName, (string)$key, (string)$value);
	}

	public function getUserValue($userId, $appName, $key, $default = '') {
		return $this->store->getUser((string)$userId, (string)$appName, (string)$key) ?? $default;
	}

	public function getUserValueForUsers($appName, $key, $userIds) {
		$values = [];
		foreach ($userIds as $userId) {
			$value = $this->store->getUser((string)$userId, (string)$appName, (string)$key);
			if ($value !== null) {
				$values[$userId] = $value;
			}
		}
		return $values;
	}

	public function getUserKeys($userId, $appName) {
		return $this->store->userKeys((string)$userId, (string)$appName);
	}

	public function getAllUserValues(?string $userId): array {
		return [];
	}

	public function deleteUserValue($userId, $appName, $key) {
		$this->store->deleteUser((string)$userId, (string)$appName, (string)$key);
	}

	public function deleteAllUserValues($userId) {
		$this->store->deleteUser((string)$userId);
	}

	public function deleteAppFromAllUsers($appName) {
	}

	public function getUsersForUserValue($appName, $key, $value) {
		return $this->store->usersWith((string)$appName, (string)$key, (string)$value);
	}
}
