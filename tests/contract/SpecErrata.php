<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Contract;

use InvalidArgumentException;

/**
 * Where a stored upstream spec (../shared/specs, copied unchanged) says something the
 * upstream code does not do: each erratum replaces one schema, names the upstream code that
 * shows the real type, and is applied when the spec is loaded (the file itself stays as
 * copied, its sha256 in SOURCES.md still holds). An erratum whose pointer the spec no longer
 * has is an error, so a newer spec that fixed or moved the field makes us look again.
 *
 * Keep this list short: a schema is corrected here only when the upstream code leaves no doubt.
 */
final class SpecErrata {
	/**
	 * @return list<array{spec: string, pointer: string, was: array<string, mixed>, schema: array<string, mixed>, why: string}>
	 */
	public static function all(): array {
		return [
			[
				'spec' => 'spreed-openapi.json',
				'pointer' => '/components/schemas/SignalingSettings/properties/turnservers/items/properties/credential',
				'was' => ['type' => 'object'],
				'schema' => ['type' => 'string'],
				// openapi-extractor writes psalm's `mixed` as an object.
				'why' => 'Talk types the TURN credential `mixed` (lib/ResponseDefinitions.php, TalkSignalingSettings) and '
					. 'sends a string: SignalingController::getSettings puts `(string)$turnServer[\'password\']` there, '
					. 'Config::getTurnSettings makes it base64(HMAC-SHA1(username, secret)) '
					. '(nextcloud/spreed lib/Controller/SignalingController.php at 023bd0718f431c668abd262c7e08fa5a40f96c41, '
					. 'lib/Config.php at 00bb21042d269ebf204767976f8c4515029d6638).',
			],
		];
	}

	/**
	 * @param array<string, mixed> $spec the decoded spec of the file named $specFile
	 * @return array<string, mixed> the spec with its errata applied
	 */
	public static function apply(string $specFile, array $spec): array {
		foreach (self::all() as $erratum) {
			if ($erratum['spec'] !== basename($specFile)) {
				continue;
			}
			$node = &$spec;
			foreach (explode('/', ltrim($erratum['pointer'], '/')) as $token) {
				$token = str_replace(['~1', '~0'], ['/', '~'], $token);
				if (!is_array($node) || !array_key_exists($token, $node)) {
					throw new InvalidArgumentException("Erratum for $specFile: {$erratum['pointer']} is not in the spec any more; check upstream again and update SpecErrata");
				}
				$node = &$node[$token];
			}
			if ($node !== $erratum['was']) {
				throw new InvalidArgumentException("Erratum for $specFile: {$erratum['pointer']} is no longer " . json_encode($erratum['was']) . '; check upstream again and update SpecErrata');
			}
			$node = $erratum['schema'];
			unset($node);
		}
		return $spec;
	}
}
