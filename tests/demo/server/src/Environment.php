<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo;

/**
 * The demo host's settings, read once from the environment.
 */
final class Environment {
	public function __construct(
		public readonly string $repoRoot,
		public readonly string $dataDir,
		public readonly bool $talkEnabled,
		public readonly ?string $contractLog,
		public readonly string $specsDir,
	) {
	}

	public static function fromGlobals(string $repoRoot): self {
		$dataDir = self::env('VV_DEMO_DATA') ?? $repoRoot . '/tests/demo/.data';
		$specsDir = self::env('VV_SPECS_DIR') ?? $repoRoot . '/../shared/specs';
		return new self(
			$repoRoot,
			rtrim($dataDir, '/'),
			strtolower(self::env('VV_DEMO_TALK') ?? 'on') !== 'off',
			self::env('VV_CONTRACT_LOG'),
			rtrim($specsDir, '/'),
		);
	}

	private static function env(string $name): ?string {
		$value = getenv($name);
		return ($value === false || $value === '') ? null : $value;
	}
}
