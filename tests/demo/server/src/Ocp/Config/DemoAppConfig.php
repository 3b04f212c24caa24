<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use OCP\IAppConfig;

/**
 * IAppConfig over the same rows as IConfig's app values; typed getters convert like
 * Nextcloud's AppConfig does for values stored as strings.
 */
final class DemoAppConfig implements IAppConfig {
	public function __construct(
		private readonly DemoAppConfigStore $store,
	) {
	}

	public function getApps(): array {
		return $this->store->apps();
	}

	public function getKeys(string $app): array {
		return array_keys($this->store->all($app));
	}

	public function hasKey(string $app, string $key, ?bool $lazy = false): bool {
		return $this->store->get($app, $key) !== null;
	}

	public function isSensitiveKey(string $app, string $key, ?bool $lazy = false): bool {
		return false;
	}

	public function isLazy(string $app, string $key): bool {
		return false;
	}

	public function getAllValues(string $app, string $prefix = '', bool $filtered = false): array {
		return array_filter($this->store->all($app), fn (string $key) => str_starts_with($key, $prefix), ARRAY_FILTER_USE_KEY);
	}

	public function searchValues(string $key, bool $lazy = false, ?int $typedAs = null): array {
		$values = [];
		foreach ($this->store->apps() as $app) {
			$value = $this->store->get($app, $key);
			if ($value !== null) {
				$values[$app] = $value;
			}
		}
		return $values;
	}

	public function getValueString(string $app, string $key, string $default = '', bool $lazy = false): string {
		return $this->store->get($app, $key) ?? $default;
	}

	public function getValueInt(string $app, string $key, int $default = 0, bool $lazy = false): int {
		$value = $this->store->get($app, $key);
		return $value === null ? $default : (int)$value;
	}

	public function getValueFloat(string $app, string $key, float $default = 0, bool $lazy = false): float {
		$value = $this->store->get($app, $key);
		return $value === null ? $default : (float)$value;
	}

	public function getValueBool(string $app, string $key, bool $default = false, bool $lazy = false): bool {
		$value = $this->store->get($app, $key);
		return $value === null ? $default : in_array(strtolower($value), ['1', 'true', 'yes', 'on'], true);
	}

	public function getValueArray(string $app, string $key, array $default = [], bool $lazy = false): array {
		$value = $this->store->get($app, $key);
		$decoded = $value === null ? null : json_decode($value, true);
		return is_array($decoded) ? $decoded : $default;
	}

	public function setValueString(string $app, string $key, string $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->write($app, $key, $value);
	}

	public function setValueInt(string $app, string $key, int $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->write($app, $key, (string)$value);
	}

	public function setValueFloat(string $app, string $key, float $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->write($app, $key, (string)$value);
	}

	public function setValueBool(string $app, string $key, bool $value, bool $lazy = false): bool {
		return $this->write($app, $key, $value ? '1' : '0');
	}

	public function setValueArray(string $app, string $key, array $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->write($app, $key, (string)json_encode($value));
	}

	public function deleteKey(string $app, string $key): void {
		$this->store->delete($app, $key);
	}

	public function deleteApp(string $app): void {
		$this->store->delete($app);
	}

	public function clearCache(bool $reload = false): void {
	}

	public function getValues($app, $key) {
		if ($key !== false) {
			return $this->searchValues((string)$key);
		}
		return $this->store->all((string)$app);
	}

	public function getFilteredValues($app) {
		return $this->store->all((string)$app);
	}

	private function write(string $app, string $key, string $value): bool {
		$changed = $this->store->get($app, $key) !== $value;
		$this->store->set($app, $key, $value);
		return $changed;
	}
}
