<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use Generator;
use OCA\VideoVerification\Demo\Ocp\UnusedApiException;
use OCP\Config\IUserConfig;
use OCP\Config\ValueType;

/**
 * IUserConfig of the demo (interface of Nextcloud 33.0.8 and 34.0.3, which agree): user
 * values are rows in SQLite, shared with DemoConfig's get/setUserValue as in Nextcloud,
 * where both write oc_preferences. Values are kept as strings, as upstream's
 * lib/private/Config/UserConfig.php stores them; the app reads and writes strings only
 * (office hours as JSON, core/timezone), so the typed getters and setters are not stood in.
 */
final class DemoUserConfig implements IUserConfig {
	public function __construct(
		private readonly DemoAppConfigStore $store,
	) {
	}

	public function getUserIds(string $appId = ''): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getApps(string $userId): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getKeys(string $userId, string $app): array {
		return $this->store->userKeys($userId, $app);
	}

	public function hasKey(string $userId, string $app, string $key, ?bool $lazy = false): bool {
		return $this->store->getUser($userId, $app, $key) !== null;
	}

	public function isSensitive(string $userId, string $app, string $key, ?bool $lazy = false): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function isIndexed(string $userId, string $app, string $key, ?bool $lazy = false): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function isLazy(string $userId, string $app, string $key): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValues(string $userId, string $app, string $prefix = '', bool $filtered = false): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getAllValues(string $userId, bool $filtered = false): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValuesByApps(string $userId, string $key, bool $lazy = false, ?ValueType $typedAs = null): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValuesByUsers(string $app, string $key, ?ValueType $typedAs = null, ?array $userIds = null): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function searchUsersByValueString(string $app, string $key, string $value, bool $caseInsensitive = false): Generator {
		throw UnusedApiException::for(__METHOD__);
	}

	public function searchUsersByValueInt(string $app, string $key, int $value): Generator {
		throw UnusedApiException::for(__METHOD__);
	}

	public function searchUsersByValues(string $app, string $key, array $values): Generator {
		throw UnusedApiException::for(__METHOD__);
	}

	public function searchUsersByValueBool(string $app, string $key, bool $value): Generator {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValueString(string $userId, string $app, string $key, string $default = '', bool $lazy = false): string {
		return $this->store->getUser($userId, $app, $key) ?? $default;
	}

	public function getValueInt(string $userId, string $app, string $key, int $default = 0, bool $lazy = false): int {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValueFloat(string $userId, string $app, string $key, float $default = 0, bool $lazy = false): float {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValueBool(string $userId, string $app, string $key, bool $default = false, bool $lazy = false): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValueArray(string $userId, string $app, string $key, array $default = [], bool $lazy = false): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValueType(string $userId, string $app, string $key, ?bool $lazy = null): ValueType {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getValueFlags(string $userId, string $app, string $key, bool $lazy = false): int {
		throw UnusedApiException::for(__METHOD__);
	}

	public function setValueString(string $userId, string $app, string $key, string $value, bool $lazy = false, int $flags = 0): bool {
		if ($this->store->getUser($userId, $app, $key) === $value) {
			return false;
		}
		$this->store->setUser($userId, $app, $key, $value);
		return true;
	}

	public function setValueInt(string $userId, string $app, string $key, int $value, bool $lazy = false, int $flags = 0): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function setValueFloat(string $userId, string $app, string $key, float $value, bool $lazy = false, int $flags = 0): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function setValueBool(string $userId, string $app, string $key, bool $value, bool $lazy = false): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function setValueArray(string $userId, string $app, string $key, array $value, bool $lazy = false, int $flags = 0): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function updateSensitive(string $userId, string $app, string $key, bool $sensitive): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function updateGlobalSensitive(string $app, string $key, bool $sensitive): void {
		throw UnusedApiException::for(__METHOD__);
	}

	public function updateIndexed(string $userId, string $app, string $key, bool $indexed): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function updateGlobalIndexed(string $app, string $key, bool $indexed): void {
		throw UnusedApiException::for(__METHOD__);
	}

	public function updateLazy(string $userId, string $app, string $key, bool $lazy): bool {
		throw UnusedApiException::for(__METHOD__);
	}

	public function updateGlobalLazy(string $app, string $key, bool $lazy): void {
		throw UnusedApiException::for(__METHOD__);
	}

	public function getDetails(string $userId, string $app, string $key): array {
		throw UnusedApiException::for(__METHOD__);
	}

	public function deleteUserConfig(string $userId, string $app, string $key): void {
		$this->store->deleteUser($userId, $app, $key);
	}

	public function deleteKey(string $app, string $key): void {
		throw UnusedApiException::for(__METHOD__);
	}

	public function deleteApp(string $app): void {
		throw UnusedApiException::for(__METHOD__);
	}

	public function deleteAllUserConfig(string $userId): void {
		$this->store->deleteUser($userId);
	}

	public function clearCache(string $userId, bool $reload = false): void {
		// No cache: every read goes to SQLite
	}

	public function clearCacheAll(): void {
		// No cache: every read goes to SQLite
	}
}
