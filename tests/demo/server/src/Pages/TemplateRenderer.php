<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

/**
 * Renders tests/demo/templates/*.php with `$_` holding the variables, as Nextcloud
 * templates do; `p()` escapes like core's p().
 */
final class TemplateRenderer {
	public function __construct(
		private readonly string $directory,
	) {
	}

	/**
	 * @param array<string, mixed> $_
	 */
	public function render(string $template, array $_): string {
		$file = $this->directory . '/' . $template . '.php';
		if (!is_file($file)) {
			throw new \InvalidArgumentException('No demo template ' . $template);
		}
		$p = static function (mixed $value): void {
			echo htmlspecialchars((string)$value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
		};
		ob_start();
		try {
			(static function (string $__file, array $_, \Closure $p): void {
				include $__file;
			})($file, $_, $p);
			return (string)ob_get_contents();
		} finally {
			ob_end_clean();
		}
	}
}
