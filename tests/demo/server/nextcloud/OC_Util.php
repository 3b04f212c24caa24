<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Stand-in for the part of Nextcloud's lib/private/legacy/OC_Util.php (master of 2026, the
 * 33/34 code) that OCP\Util::addStyle and ::addHeader hand over to: the page's style sheets
 * and extra head elements, which the page layout (the demo's PageAssembler) renders.
 */
class OC_Util {
	/** @var list<string> */
	public static $styles = [];
	/** @var list<array{tag: string, attributes: array<string, string>, text: ?string}> */
	public static $headers = [];

	public static function addStyle($application, $file = null, $prepend = false): void {
		$path = self::generatePath($application, 'css', $file);
		if (!in_array($path, self::$styles, true)) {
			if ($prepend === true) {
				array_unshift(self::$styles, $path);
			} else {
				self::$styles[] = $path;
			}
		}
	}

	public static function addHeader($tag, $attributes, $text = null, $prepend = false): void {
		$header = ['tag' => $tag, 'attributes' => $attributes, 'text' => $text];
		if ($prepend === true) {
			array_unshift(self::$headers, $header);
		} else {
			self::$headers[] = $header;
		}
	}

	private static function generatePath($application, $directory, $file): string {
		if (is_null($file)) {
			$file = $application;
			$application = '';
		}
		if (!empty($application)) {
			return "$application/$directory/$file";
		}
		return "$directory/$file";
	}
}
