<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Contract;

/**
 * Turns the strings of a query string, form body, path segment or header into the typed
 * value its schema declares, the way Nextcloud's Dispatcher casts controller arguments
 * (`'false'` is false, digits become integers, `name[]=a&name[]=b` is a list).
 *
 * A string that is no valid representation of the declared type stays a string, so the
 * schema check then reports it; so does a single value where a list is declared, which
 * PHP would not turn into an array either.
 */
final class StringParameterCoercer {
	public function __construct(
		private readonly OpenApiDocument $document,
		private readonly SchemaValidator $schemaValidator,
	) {
	}

	/**
	 * @param array<mixed> $schema
	 */
	public function coerce(mixed $value, array $schema): mixed {
		$schema = $this->document->resolve($schema);
		foreach (['oneOf', 'anyOf'] as $keyword) {
			foreach ($schema[$keyword] ?? [] as $branch) {
				$candidate = $this->coerce($value, $branch);
				if ($this->schemaValidator->validate($candidate, $branch, '', '') === []) {
					return $candidate;
				}
			}
		}
		foreach ($schema['allOf'] ?? [] as $branch) {
			$value = $this->coerce($value, $branch);
		}

		$type = $schema['type'] ?? null;
		if (is_array($value)) {
			if ($type === 'array' && isset($schema['items']) && array_is_list($value)) {
				return array_map(fn (mixed $item): mixed => $this->coerce($item, $schema['items']), $value);
			}
			return $value;
		}
		if (!is_string($value)) {
			return $value;
		}
		return match ($type) {
			'integer' => preg_match('/^-?(0|[1-9][0-9]*)$/', $value) === 1 && (string)(int)$value === $value ? (int)$value : $value,
			'number' => is_numeric($value) ? $value + 0 : $value,
			'boolean' => match ($value) {
				'true', '1' => true,
				'false', '0' => false,
				default => $value,
			},
			default => $value,
		};
	}
}
