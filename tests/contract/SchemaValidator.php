<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Contract;

use LogicException;
use stdClass;

/**
 * Validates a decoded JSON value against an OpenAPI 3.0 schema object, the subset that
 * Nextcloud's openapi-extractor writes.
 *
 * Values are compared as PHP's json_decode() returns them: an int is an integer, a float
 * is a number with a fraction (1.0 is not an integer, as JSON Schema of OpenAPI 3.0 says),
 * a list is an array, a string-keyed array or stdClass is an object, and the empty array
 * is both (json_decode(..., true) cannot tell `{}` from `[]`).
 *
 * Each violation reads "<instance JSON pointer>: <what is wrong> (schema <JSON pointer>)";
 * the empty pointer (the whole value) is written "(root)".
 */
final class SchemaValidator {
	private const IGNORED_KEYWORDS = [
		'description' => true, 'default' => true, 'deprecated' => true, 'example' => true,
		'examples' => true, 'title' => true, 'readOnly' => true, 'writeOnly' => true,
		'externalDocs' => true, 'xml' => true, 'format' => true, 'nullable' => true, '$ref' => true,
	];
	private const SUPPORTED_KEYWORDS = [
		'type' => true, 'enum' => true, 'properties' => true, 'required' => true,
		'additionalProperties' => true, 'items' => true, 'allOf' => true, 'anyOf' => true,
		'oneOf' => true, 'not' => true, 'minimum' => true, 'maximum' => true,
		'exclusiveMinimum' => true, 'exclusiveMaximum' => true, 'multipleOf' => true,
		'minLength' => true, 'maxLength' => true, 'pattern' => true, 'minItems' => true,
		'maxItems' => true, 'uniqueItems' => true, 'minProperties' => true, 'maxProperties' => true,
	];

	/** @var array<string, string> ECMA pattern => PCRE */
	private static array $patterns = [];

	public function __construct(
		private readonly OpenApiDocument $document,
	) {
	}

	/**
	 * @param array<mixed> $schema
	 * @return list<string>
	 */
	public function validate(mixed $value, array $schema, string $pointer, string $schemaPointer): array {
		if (isset($schema['$ref']) && is_string($schema['$ref'])) {
			if ($value === null && ($schema['nullable'] ?? false) === true) {
				return [];
			}
			$schemaPointer = $schema['$ref'];
			$schema = $this->document->target($schema['$ref']);
			return $this->validate($value, $schema, $pointer, $schemaPointer);
		}
		if ($value === null) {
			// openapi-extractor writes `{nullable: true, allOf: [{$ref}]}` for "?Foo" and
			// `{nullable: true}` alone for "mixed": null passes before any other keyword.
			if (($schema['nullable'] ?? false) === true) {
				return [];
			}
			if (!isset($schema['type']) && !isset($schema['allOf']) && !isset($schema['anyOf']) && !isset($schema['oneOf']) && !isset($schema['enum'])) {
				return [];
			}
		}

		$violations = [];
		foreach ($schema as $keyword => $argument) {
			if (isset(self::IGNORED_KEYWORDS[$keyword]) || str_starts_with((string)$keyword, 'x-')) {
				continue;
			}
			if (!isset(self::SUPPORTED_KEYWORDS[$keyword])) {
				throw new LogicException("Schema keyword '$keyword' is not supported (at $schemaPointer)");
			}
		}

		if (isset($schema['type'])) {
			$typeViolation = $this->checkType($value, (string)$schema['type'], $schema['format'] ?? null);
			if ($typeViolation !== null) {
				return [$this->message($pointer, $typeViolation, $schemaPointer . '/type')];
			}
		}
		if (isset($schema['enum']) && !$this->inEnum($value, $schema['enum'])) {
			$violations[] = $this->message($pointer, 'value ' . $this->show($value) . ' is not one of ' . $this->show($schema['enum']), $schemaPointer . '/enum');
		}

		if (is_int($value) || is_float($value)) {
			array_push($violations, ...$this->checkNumber($value, $schema, $pointer, $schemaPointer));
		} elseif (is_string($value)) {
			array_push($violations, ...$this->checkString($value, $schema, $pointer, $schemaPointer));
		} elseif ($this->isList($value)) {
			array_push($violations, ...$this->checkArray($value, $schema, $pointer, $schemaPointer));
		}
		if ($this->isObject($value)) {
			array_push($violations, ...$this->checkObject((array)$value, $schema, $pointer, $schemaPointer));
		}

		array_push($violations, ...$this->checkCombinators($value, $schema, $pointer, $schemaPointer));
		return $violations;
	}

	public static function typeOf(mixed $value): string {
		return match (true) {
			$value === null => 'null',
			is_bool($value) => 'boolean',
			is_int($value) => 'integer',
			is_float($value) => 'number',
			is_string($value) => 'string',
			$value === [] => 'empty array/object',
			is_array($value) && array_is_list($value) => 'array',
			is_array($value), $value instanceof stdClass => 'object',
			default => get_debug_type($value),
		};
	}

	private function checkType(mixed $value, string $type, mixed $format): ?string {
		$ok = match ($type) {
			'string' => is_string($value),
			'integer' => is_int($value),
			'number' => is_int($value) || is_float($value),
			'boolean' => is_bool($value),
			'array' => $this->isList($value),
			'object' => $this->isObject($value),
			default => throw new LogicException("Unknown schema type '$type'"),
		};
		if (!$ok) {
			return 'expected ' . $type . ($format !== null ? " ($format)" : '') . ', got ' . self::typeOf($value) . ' ' . $this->show($value);
		}
		if ($type === 'integer' && $format === 'int32' && ($value < -2147483648 || $value > 2147483647)) {
			return "integer $value is outside the int32 range";
		}
		return null;
	}

	/**
	 * @param array<mixed> $schema
	 * @return list<string>
	 */
	private function checkNumber(int|float $value, array $schema, string $pointer, string $schemaPointer): array {
		$violations = [];
		if (isset($schema['minimum'])) {
			$exclusive = ($schema['exclusiveMinimum'] ?? false) === true;
			if ($exclusive ? $value <= $schema['minimum'] : $value < $schema['minimum']) {
				$violations[] = $this->message($pointer, "$value is below the minimum " . ($exclusive ? '(exclusive) ' : '') . $schema['minimum'], $schemaPointer . '/minimum');
			}
		}
		if (isset($schema['maximum'])) {
			$exclusive = ($schema['exclusiveMaximum'] ?? false) === true;
			if ($exclusive ? $value >= $schema['maximum'] : $value > $schema['maximum']) {
				$violations[] = $this->message($pointer, "$value is above the maximum " . ($exclusive ? '(exclusive) ' : '') . $schema['maximum'], $schemaPointer . '/maximum');
			}
		}
		if (isset($schema['multipleOf']) && fmod((float)$value, (float)$schema['multipleOf']) !== 0.0) {
			$violations[] = $this->message($pointer, "$value is not a multiple of {$schema['multipleOf']}", $schemaPointer . '/multipleOf');
		}
		return $violations;
	}

	/**
	 * @param array<mixed> $schema
	 * @return list<string>
	 */
	private function checkString(string $value, array $schema, string $pointer, string $schemaPointer): array {
		$violations = [];
		$length = null;
		if (isset($schema['minLength']) || isset($schema['maxLength'])) {
			$length = mb_strlen($value, 'UTF-8');
		}
		if (isset($schema['minLength']) && $length < $schema['minLength']) {
			$violations[] = $this->message($pointer, "string of length $length is shorter than minLength {$schema['minLength']}", $schemaPointer . '/minLength');
		}
		if (isset($schema['maxLength']) && $length > $schema['maxLength']) {
			$violations[] = $this->message($pointer, "string of length $length is longer than maxLength {$schema['maxLength']}", $schemaPointer . '/maxLength');
		}
		if (isset($schema['pattern']) && preg_match($this->pcre((string)$schema['pattern']), $value) !== 1) {
			$violations[] = $this->message($pointer, $this->show($value) . " does not match the pattern {$schema['pattern']}", $schemaPointer . '/pattern');
		}
		return $violations;
	}

	/**
	 * @param list<mixed> $value
	 * @param array<mixed> $schema
	 * @return list<string>
	 */
	private function checkArray(array $value, array $schema, string $pointer, string $schemaPointer): array {
		$violations = [];
		$count = count($value);
		if (isset($schema['minItems']) && $count < $schema['minItems']) {
			$violations[] = $this->message($pointer, "array has $count items, fewer than minItems {$schema['minItems']}", $schemaPointer . '/minItems');
		}
		if (isset($schema['maxItems']) && $count > $schema['maxItems']) {
			$violations[] = $this->message($pointer, "array has $count items, more than maxItems {$schema['maxItems']}", $schemaPointer . '/maxItems');
		}
		if (($schema['uniqueItems'] ?? false) === true && count(array_unique(array_map('serialize', $value))) !== $count) {
			$violations[] = $this->message($pointer, 'array items are not unique', $schemaPointer . '/uniqueItems');
		}
		if (isset($schema['items']) && is_array($schema['items'])) {
			foreach ($value as $index => $item) {
				array_push($violations, ...$this->validate($item, $schema['items'], $pointer . '/' . $index, $schemaPointer . '/items'));
			}
		}
		return $violations;
	}

	/**
	 * @param array<mixed> $value
	 * @param array<mixed> $schema
	 * @return list<string>
	 */
	private function checkObject(array $value, array $schema, string $pointer, string $schemaPointer): array {
		$violations = [];
		foreach ($schema['required'] ?? [] as $name) {
			if (!array_key_exists($name, $value)) {
				$violations[] = $this->message($pointer . '/' . OpenApiDocument::escape($name), 'required property is missing', $schemaPointer . '/required');
			}
		}
		$count = count($value);
		if (isset($schema['minProperties']) && $count < $schema['minProperties']) {
			$violations[] = $this->message($pointer, "object has $count properties, fewer than minProperties {$schema['minProperties']}", $schemaPointer . '/minProperties');
		}
		if (isset($schema['maxProperties']) && $count > $schema['maxProperties']) {
			$violations[] = $this->message($pointer, "object has $count properties, more than maxProperties {$schema['maxProperties']}", $schemaPointer . '/maxProperties');
		}
		$properties = $schema['properties'] ?? [];
		$additional = $schema['additionalProperties'] ?? true;
		foreach ($value as $name => $propertyValue) {
			$token = OpenApiDocument::escape($name);
			if (isset($properties[$name]) && is_array($properties[$name])) {
				array_push($violations, ...$this->validate($propertyValue, $properties[$name], $pointer . '/' . $token, $schemaPointer . '/properties/' . $token));
			} elseif ($additional === false) {
				$violations[] = $this->message($pointer . '/' . $token, 'property is not allowed (additionalProperties: false)', $schemaPointer . '/additionalProperties');
			} elseif (is_array($additional)) {
				array_push($violations, ...$this->validate($propertyValue, $additional, $pointer . '/' . $token, $schemaPointer . '/additionalProperties'));
			}
		}
		return $violations;
	}

	/**
	 * @param array<mixed> $schema
	 * @return list<string>
	 */
	private function checkCombinators(mixed $value, array $schema, string $pointer, string $schemaPointer): array {
		$violations = [];
		foreach ($schema['allOf'] ?? [] as $i => $subschema) {
			array_push($violations, ...$this->validate($value, $subschema, $pointer, $schemaPointer . '/allOf/' . $i));
		}
		if (isset($schema['anyOf'])) {
			$failures = [];
			foreach ($schema['anyOf'] as $i => $subschema) {
				$result = $this->validate($value, $subschema, $pointer, $schemaPointer . '/anyOf/' . $i);
				if ($result === []) {
					$failures = [];
					break;
				}
				$failures[] = $result;
			}
			if ($failures !== []) {
				$violations[] = $this->noBranchMatched('anyOf', $failures, $pointer, $schemaPointer);
			}
		}
		if (isset($schema['oneOf'])) {
			$matched = [];
			$failures = [];
			foreach ($schema['oneOf'] as $i => $subschema) {
				$result = $this->validate($value, $subschema, $pointer, $schemaPointer . '/oneOf/' . $i);
				if ($result === []) {
					$matched[] = $i;
				} else {
					$failures[] = $result;
				}
			}
			$matched = $this->withoutNumberBranchesForIntegers($value, $schema['oneOf'], $matched);
			if ($matched === []) {
				$violations[] = $this->noBranchMatched('oneOf', $failures, $pointer, $schemaPointer);
			} elseif (count($matched) > 1) {
				$violations[] = $this->message($pointer, 'value matches more than one schema of oneOf (' . implode(', ', $matched) . ')', $schemaPointer . '/oneOf');
			}
		}
		if (isset($schema['not']) && $this->validate($value, $schema['not'], $pointer, $schemaPointer . '/not') === []) {
			$violations[] = $this->message($pointer, 'value matches the schema under "not"', $schemaPointer . '/not');
		}
		return $violations;
	}

	/**
	 * openapi-extractor writes PHP's `int|float` as oneOf [number, integer]; every integer
	 * is also a number in JSON Schema, so an int would match both. PHP keeps int and float
	 * apart, so an int counts for the integer branch only.
	 *
	 * @param list<array<mixed>> $branches
	 * @param list<int> $matched
	 * @return list<int>
	 */
	private function withoutNumberBranchesForIntegers(mixed $value, array $branches, array $matched): array {
		if (!is_int($value) || count($matched) < 2) {
			return $matched;
		}
		$types = [];
		foreach ($matched as $i) {
			$types[$i] = $this->document->resolve($branches[$i])['type'] ?? null;
		}
		if (!in_array('integer', $types, true)) {
			return $matched;
		}
		return array_values(array_filter($matched, static fn (int $i): bool => $types[$i] !== 'number'));
	}

	/**
	 * @param list<list<string>> $failures
	 */
	private function noBranchMatched(string $keyword, array $failures, string $pointer, string $schemaPointer): string {
		$reasons = array_map(static fn (array $result): string => $result[0], $failures);
		return $this->message($pointer, "value matches none of $keyword: " . implode(' | ', $reasons), $schemaPointer . '/' . $keyword);
	}

	/**
	 * @param list<mixed> $enum
	 */
	private function inEnum(mixed $value, array $enum): bool {
		foreach ($enum as $candidate) {
			if ($candidate === $value || (is_float($candidate) && is_int($value) && $candidate === (float)$value)) {
				return true;
			}
		}
		return false;
	}

	private function isList(mixed $value): bool {
		return is_array($value) && array_is_list($value);
	}

	private function isObject(mixed $value): bool {
		return $value instanceof stdClass || ($value === [] || (is_array($value) && !array_is_list($value)));
	}

	private function pcre(string $pattern): string {
		if (!isset(self::$patterns[$pattern])) {
			// ECMA-262 patterns in Nextcloud specs use no syntax PCRE reads differently;
			// the delimiter is a byte no pattern contains.
			$pcre = "\x01" . $pattern . "\x01u";
			if (@preg_match($pcre, '') === false) {
				throw new LogicException("Schema pattern cannot be compiled: $pattern");
			}
			self::$patterns[$pattern] = $pcre;
		}
		return self::$patterns[$pattern];
	}

	private function show(mixed $value): string {
		$json = json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION);
		if ($json === false) {
			return get_debug_type($value);
		}
		return strlen($json) > 80 ? substr($json, 0, 77) . '...' : $json;
	}

	private function message(string $pointer, string $text, string $schemaPointer): string {
		return ($pointer === '' ? '(root)' : $pointer) . ": $text (schema $schemaPointer)";
	}
}
