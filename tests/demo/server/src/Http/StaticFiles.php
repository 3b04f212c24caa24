<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Http;

/**
 * Serves the app's built assets as Nextcloud does (/apps/video_verification/{js,css,img,l10n}/…)
 * and the demo client (/demo/build/…), with the MIME types browsers insist on for modules.
 */
final class StaticFiles {
	private const MIME_TYPES = [
		'mjs' => 'text/javascript; charset=utf-8',
		'js' => 'text/javascript; charset=utf-8',
		'map' => 'application/json; charset=utf-8',
		'json' => 'application/json; charset=utf-8',
		'css' => 'text/css; charset=utf-8',
		'svg' => 'image/svg+xml',
		'png' => 'image/png',
		'ico' => 'image/x-icon',
		'woff2' => 'font/woff2',
		'txt' => 'text/plain; charset=utf-8',
	];

	public function __construct(
		private readonly string $repoRoot,
	) {
	}

	public function serve(string $path): ?HttpResponse {
		if (preg_match('#^/apps/video_verification/((?:js|css|img|l10n)/.+)$#', $path, $m) === 1) {
			return $this->file($this->repoRoot, $m[1]);
		}
		if (preg_match('#^/apps/spreed/((?:js|css)/.+)$#', $path, $m) === 1) {
			return $this->file($this->repoRoot . '/tests/demo/public/apps/spreed', $m[1]);
		}
		if (preg_match('#^/demo/build/(.+)$#', $path, $m) === 1) {
			return $this->file($this->repoRoot . '/tests/demo/public/build', $m[1]);
		}
		if (preg_match('#^/demo/(?!build/)([\w.-]+\.\w+)$#', $path, $m) === 1) {
			return $this->file($this->repoRoot . '/tests/demo/public', $m[1]);
		}
		return null;
	}

	private function file(string $root, string $relative): HttpResponse {
		$base = realpath($root);
		$file = $base === false ? false : realpath($base . '/' . $relative);
		if ($file === false || !str_starts_with($file, $base . '/') || !is_file($file)) {
			return new HttpResponse(404, ['Content-Type' => 'text/plain; charset=utf-8'], 'Not found');
		}
		$extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
		return new HttpResponse(200, [
			'Content-Type' => self::MIME_TYPES[$extension] ?? 'application/octet-stream',
			'Cache-Control' => 'no-cache',
		], (string)file_get_contents($file));
	}
}
