<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use OCP\Config\Lexicon\Entry;
use OCP\Config\Lexicon\Preset;
use OCP\Config\Lexicon\Strictness;
use OCP\Exceptions\AppConfigIncorrectTypeException;
use OCP\Exceptions\AppConfigTypeConflictException;
use OCP\Exceptions\AppConfigUnknownKeyException;
use OCP\IAppConfig;

/**
 * IAppConfig over the same rows as IConfig's app values, with the type rules of
 * nextcloud/server's lib/private/AppConfig.php (master of 2026-08, the 33/34 behaviour):
 * each row keeps the type it was written with (IConfig::setAppValue writes VALUE_MIXED);
 * reading or writing a key in another type than the stored one, or than the type the app's
 * config lexicon declares, throws AppConfigTypeConflictException; getValueType() answers the
 * lexicon's type first. Values are not encrypted and nothing is lazy-loaded: the demo has
 * one process per request and no secrets worth hiding from itself.
 */
final class DemoAppConfig implements IAppConfig {
	private const TYPE_NAMES = [
		self::VALUE_MIXED => 'mixed',
		self::VALUE_STRING => 'string',
		self::VALUE_INT => 'integer',
		self::VALUE_FLOAT => 'float',
		self::VALUE_BOOL => 'boolean',
		self::VALUE_ARRAY => 'array',
	];
	/** keys AppConfig never checks against a lexicon */
	private const UNCHECKED_KEYS = ['enabled', 'installed_version', 'types'];

	public function __construct(
		private readonly DemoAppConfigStore $store,
		private readonly DemoConfigLexicons $lexicons = new DemoConfigLexicons(),
	) {
	}

	public function getApps(): array {
		return $this->store->apps();
	}

	public function getKeys(string $app): array {
		return array_keys($this->store->all($app));
	}

	public function searchKeys(string $app, string $prefix = '', bool $lazy = false): array {
		if ($lazy) {
			return [];
		}
		$keys = array_values(array_filter($this->getKeys($app), static fn (string $key): bool => str_starts_with($key, $prefix)));
		sort($keys);
		return $keys;
	}

	public function hasKey(string $app, string $key, ?bool $lazy = false): bool {
		return $lazy !== true && $this->store->get($app, $key) !== null;
	}

	public function isSensitive(string $app, string $key, ?bool $lazy = false): bool {
		$type = $this->store->type($app, $key);
		if ($type === null) {
			throw new AppConfigUnknownKeyException('unknown config key');
		}
		return ($type & self::VALUE_SENSITIVE) !== 0;
	}

	public function isLazy(string $app, string $key): bool {
		if ($this->store->get($app, $key) === null) {
			throw new AppConfigUnknownKeyException('unknown config key');
		}
		return false;
	}

	public function getAllValues(string $app, string $prefix = '', bool $filtered = false): array {
		return array_filter($this->store->all($app), fn (string $key) => str_starts_with($key, $prefix), ARRAY_FILTER_USE_KEY);
	}

	public function searchValues(string $key, bool $lazy = false, ?int $typedAs = null): array {
		$values = [];
		foreach ($this->store->apps() as $app) {
			$value = $this->store->get($app, $key);
			$type = ($this->store->type($app, $key) ?? self::VALUE_MIXED) & ~self::VALUE_SENSITIVE;
			if ($value !== null && ($typedAs === null || $type === $typedAs)) {
				$values[$app] = $value;
			}
		}
		return $values;
	}

	public function getValueString(string $app, string $key, string $default = '', bool $lazy = false): string {
		return $this->getTypedValue($app, $key, $default, self::VALUE_STRING);
	}

	public function getValueInt(string $app, string $key, int $default = 0, bool $lazy = false): int {
		return (int)$this->getTypedValue($app, $key, (string)$default, self::VALUE_INT);
	}

	public function getValueFloat(string $app, string $key, float $default = 0, bool $lazy = false): float {
		return (float)$this->getTypedValue($app, $key, (string)$default, self::VALUE_FLOAT);
	}

	public function getValueBool(string $app, string $key, bool $default = false, bool $lazy = false): bool {
		$value = strtolower($this->getTypedValue($app, $key, $default ? 'true' : 'false', self::VALUE_BOOL));
		return in_array($value, ['1', 'true', 'yes', 'on'], true);
	}

	public function getValueArray(string $app, string $key, array $default = [], bool $lazy = false): array {
		try {
			$value = json_decode($this->getTypedValue($app, $key, json_encode($default, JSON_THROW_ON_ERROR), self::VALUE_ARRAY), true, flags: JSON_THROW_ON_ERROR);
			return is_array($value) ? $value : [];
		} catch (\JsonException) {
			return [];
		}
	}

	public function getValueType(string $app, string $key, ?bool $lazy = null): int {
		$entry = $this->lexiconEntry($app, $key);
		if ($entry !== null) {
			return $entry->getValueType()->toAppConfigFlag();
		}
		$type = $this->store->type($app, $key);
		if ($type === null) {
			throw new AppConfigUnknownKeyException('unknown config key');
		}
		return $type & ~self::VALUE_SENSITIVE;
	}

	public function setValueString(string $app, string $key, string $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->setTypedValue($app, $key, $value, self::VALUE_STRING | ($sensitive ? self::VALUE_SENSITIVE : 0));
	}

	public function setValueInt(string $app, string $key, int $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->setTypedValue($app, $key, (string)$value, self::VALUE_INT | ($sensitive ? self::VALUE_SENSITIVE : 0));
	}

	public function setValueFloat(string $app, string $key, float $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->setTypedValue($app, $key, (string)$value, self::VALUE_FLOAT | ($sensitive ? self::VALUE_SENSITIVE : 0));
	}

	public function setValueBool(string $app, string $key, bool $value, bool $lazy = false): bool {
		return $this->setTypedValue($app, $key, $value ? '1' : '0', self::VALUE_BOOL);
	}

	public function setValueArray(string $app, string $key, array $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->setTypedValue($app, $key, json_encode($value, JSON_THROW_ON_ERROR), self::VALUE_ARRAY | ($sensitive ? self::VALUE_SENSITIVE : 0));
	}

	/**
	 * IConfig::setAppValue's way in (AppConfig::setValueMixed): the row is untyped.
	 */
	public function setValueMixed(string $app, string $key, string $value): bool {
		return $this->setTypedValue($app, $key, $value, self::VALUE_MIXED);
	}

	public function updateSensitive(string $app, string $key, bool $sensitive): bool {
		$type = $this->store->type($app, $key);
		$value = $this->store->get($app, $key);
		if ($type === null || $value === null || (($type & self::VALUE_SENSITIVE) !== 0) === $sensitive) {
			return false;
		}
		$this->store->set($app, $key, $value, $sensitive ? $type | self::VALUE_SENSITIVE : $type & ~self::VALUE_SENSITIVE);
		return true;
	}

	public function updateLazy(string $app, string $key, bool $lazy): bool {
		throw new \LogicException('The demo keeps every app config value loaded; lazy loading is not stood in');
	}

	public function getDetails(string $app, string $key): array {
		$value = $this->store->get($app, $key);
		$type = $this->store->type($app, $key);
		if ($value === null || $type === null) {
			throw new AppConfigUnknownKeyException('unknown config key');
		}
		$plainType = $type & ~self::VALUE_SENSITIVE;
		return [
			'app' => $app,
			'key' => $key,
			'value' => $value,
			'type' => $plainType,
			'lazy' => false,
			'typeString' => self::TYPE_NAMES[$plainType] ?? (string)$plainType,
			'sensitive' => ($type & self::VALUE_SENSITIVE) !== 0,
		];
	}

	public function getKeyDetails(string $app, string $key): array {
		try {
			$details = $this->getDetails($app, $key);
		} catch (AppConfigUnknownKeyException) {
			$details = ['app' => $app, 'key' => $key];
		}
		$entry = $this->lexiconEntry($app, $key);
		if ($entry !== null) {
			$details = array_merge($details, [
				'lazy' => $entry->isLazy(),
				'valueType' => $entry->getValueType(),
				'valueTypeName' => $entry->getValueType()->name,
				'sensitive' => $entry->isFlagged(self::FLAG_SENSITIVE),
				'internal' => $entry->isFlagged(self::FLAG_INTERNAL),
				'default' => $entry->getDefault(Preset::NONE),
				'definition' => $entry->getDefinition(),
				'note' => $entry->getNote(),
			]);
		}
		return $details;
	}

	public function convertTypeToInt(string $type): int {
		$flag = array_search(strtolower($type), self::TYPE_NAMES, true);
		if ($flag === false) {
			throw new AppConfigIncorrectTypeException('Unknown type ' . $type);
		}
		return $flag;
	}

	public function convertTypeToString(int $type): string {
		$type &= ~self::VALUE_SENSITIVE;
		return self::TYPE_NAMES[$type] ?? throw new AppConfigIncorrectTypeException('Unknown numeric type ' . $type);
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

	public function getAppInstalledVersions(bool $onlyEnabled = false): array {
		$versions = $this->searchValues('installed_version');
		if ($onlyEnabled) {
			$versions = array_filter($versions, fn (string $app): bool => ($this->store->get($app, 'enabled') ?? 'no') !== 'no', ARRAY_FILTER_USE_KEY);
		}
		return $versions;
	}

	/**
	 * AppConfig::getTypedValue: the lexicon's type and default first, then the stored type.
	 *
	 * @throws AppConfigTypeConflictException
	 */
	private function getTypedValue(string $app, string $key, string $default, int $type): string {
		$entry = $this->lexiconEntry($app, $key);
		if ($entry !== null) {
			$this->assertLexiconType($app, $key, $entry, $type);
			$default = $entry->getDefault(Preset::NONE) ?? $default;
		} elseif (!$this->lexiconAllows($app, $key)) {
			return $default;
		}
		$knownType = $this->store->type($app, $key) ?? 0;
		if ($knownType > 0
			&& ($knownType & self::VALUE_MIXED) === 0
			&& ($type & $knownType) === 0) {
			throw new AppConfigTypeConflictException('conflict with value type from database');
		}
		return $this->store->get($app, $key) ?? $default;
	}

	/**
	 * AppConfig::setTypedValue: a typed row keeps its type; only an untyped (mixed) row may change it.
	 *
	 * @throws AppConfigTypeConflictException
	 */
	private function setTypedValue(string $app, string $key, string $value, int $type): bool {
		$entry = $this->lexiconEntry($app, $key);
		if ($entry !== null) {
			if (($type & ~self::VALUE_SENSITIVE) === self::VALUE_MIXED) {
				$type = $entry->getValueType()->toAppConfigFlag() | ($type & self::VALUE_SENSITIVE);
			} else {
				$this->assertLexiconType($app, $key, $entry, $type);
			}
			if ($entry->isFlagged(self::FLAG_SENSITIVE)) {
				$type |= self::VALUE_SENSITIVE;
			}
		} elseif (!$this->lexiconAllows($app, $key)) {
			return false;
		}
		$current = $this->store->get($app, $key);
		if ($current !== null) {
			$currentType = $this->store->type($app, $key) ?: self::VALUE_MIXED;
			if (($currentType & self::VALUE_MIXED) === 0
				&& ($type | self::VALUE_SENSITIVE) !== ($currentType | self::VALUE_SENSITIVE)) {
				throw new AppConfigTypeConflictException('conflict between new type (' . $this->typeName($type) . ') and old type (' . $this->typeName($currentType) . ')');
			}
			$type |= $currentType & self::VALUE_SENSITIVE;
			if ($current === $value && $currentType === $type) {
				return false;
			}
		}
		$this->store->set($app, $key, $value, $type);
		return true;
	}

	private function lexiconEntry(string $app, string $key): ?Entry {
		return in_array($key, self::UNCHECKED_KEYS, true) ? null : $this->lexicons->appEntry($app, $key);
	}

	/**
	 * AppConfig::applyLexiconStrictness for a key the app's lexicon does not declare.
	 */
	private function lexiconAllows(string $app, string $key): bool {
		if (in_array($key, self::UNCHECKED_KEYS, true)) {
			return true;
		}
		return match ($this->lexicons->strictness($app)) {
			Strictness::IGNORE, Strictness::NOTICE => true,
			Strictness::WARNING => false,
			Strictness::EXCEPTION => throw new AppConfigUnknownKeyException('The app config key ' . $app . '/' . $key . ' is not defined in the config lexicon'),
		};
	}

	private function assertLexiconType(string $app, string $key, Entry $entry, int $type): void {
		$type &= ~self::VALUE_SENSITIVE;
		if ($type !== self::VALUE_MIXED && $entry->getValueType()->toAppConfigFlag() !== $type) {
			throw new AppConfigTypeConflictException('The app config key ' . $app . '/' . $key . ' is typed incorrectly in relation to the config lexicon');
		}
	}

	private function typeName(int $type): string {
		return self::TYPE_NAMES[$type & ~self::VALUE_SENSITIVE] ?? (string)$type;
	}
}
