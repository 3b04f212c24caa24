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
		/** The Nextcloud major the demo plays (VV_DEMO_NC, 33–35, default 35): 35 dispatches ShareUpdatedEvent. */
		public readonly int $nextcloudVersion = self::DEFAULT_NEXTCLOUD_VERSION,
		/** host:port of Redis (VV_DEMO_REDIS, the clustered stack): distributed cache, locks and PHP sessions live there. */
		public readonly ?string $redis = null,
		/** Where the app's own tables live (VV_DEMO_DB): "sqlite" (in the demo's file), "pgsql" or "mysql" (the clustered stack). */
		public readonly string $dbEngine = 'sqlite',
		/** @var array{host?: string, port?: int, user?: string, password?: string, dbname?: string} VV_DEMO_DB_HOST, _PORT, _USER, _PASSWORD, _NAME */
		public readonly array $dbParams = [],
	) {
	}

	public const DEFAULT_NEXTCLOUD_VERSION = 35;
	public const SUPPORTED_NEXTCLOUD_VERSIONS = [33, 34, 35];

	public static function fromGlobals(string $repoRoot): self {
		$dataDir = self::env('VV_DEMO_DATA') ?? $repoRoot . '/tests/demo/.data';
		$specsDir = self::env('VV_SPECS_DIR') ?? $repoRoot . '/../shared/specs';
		return new self(
			$repoRoot,
			rtrim($dataDir, '/'),
			strtolower(self::env('VV_DEMO_TALK') ?? 'on') !== 'off',
			self::env('VV_CONTRACT_LOG'),
			rtrim($specsDir, '/'),
			self::nextcloudVersion(self::env('VV_DEMO_NC')),
			self::env('VV_DEMO_REDIS'),
			self::dbEngine(self::env('VV_DEMO_DB')),
			self::env('VV_DEMO_DB') === null ? [] : [
				'host' => self::env('VV_DEMO_DB_HOST') ?? '127.0.0.1',
				'port' => (int)(self::env('VV_DEMO_DB_PORT') ?? '0'),
				'user' => self::env('VV_DEMO_DB_USER') ?? '',
				'password' => self::env('VV_DEMO_DB_PASSWORD') ?? '',
				'dbname' => self::env('VV_DEMO_DB_NAME') ?? '',
			],
		);
	}

	private static function nextcloudVersion(?string $value): int {
		if ($value === null) {
			return self::DEFAULT_NEXTCLOUD_VERSION;
		}
		if (!in_array((int)$value, self::SUPPORTED_NEXTCLOUD_VERSIONS, true) || (string)(int)$value !== $value) {
			throw new \InvalidArgumentException('VV_DEMO_NC must be one of ' . implode(', ', self::SUPPORTED_NEXTCLOUD_VERSIONS) . ', not ' . $value);
		}
		return (int)$value;
	}

	private static function dbEngine(?string $value): string {
		if ($value !== null && !in_array($value, ['sqlite', 'pgsql', 'mysql'], true)) {
			throw new \InvalidArgumentException('VV_DEMO_DB must be sqlite, pgsql or mysql, not ' . $value);
		}
		return $value ?? 'sqlite';
	}

	private static function env(string $name): ?string {
		$value = getenv($name);
		return ($value === false || $value === '') ? null : $value;
	}
}
