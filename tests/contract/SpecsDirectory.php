<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Contract;

use RuntimeException;

/**
 * Where the upstream OpenAPI specs (Talk, files_sharing) are: `$VV_SPECS_DIR`, else the
 * `shared/specs` folder beside the work tree, as on developer machines and in CI.
 */
final class SpecsDirectory {
	public static function locate(): string {
		$fromEnvironment = getenv('VV_SPECS_DIR');
		$candidates = is_string($fromEnvironment) && $fromEnvironment !== ''
			? [$fromEnvironment]
			: [dirname(__DIR__, 3) . '/shared/specs'];
		foreach ($candidates as $candidate) {
			if (is_file($candidate . '/spreed-openapi.json') && is_file($candidate . '/files_sharing-openapi.json')) {
				return $candidate;
			}
		}
		throw new RuntimeException('Upstream OpenAPI specs not found in ' . implode(', ', $candidates) . ' (set VV_SPECS_DIR)');
	}
}
