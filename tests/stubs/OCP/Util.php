<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\Util (since 4.0.0): the asset registry part.
 *
 * Like upstream, scripts are recorded as "<app>/js/<file>" and styles as
 * "<app>/css/<file>"; the demo host reads them back to render the page.
 */
class Util {
	/** @var list<string> */
	private static array $scriptsInit = [];
	/** @var array<string, list<string>> */
	private static array $scripts = [];
	/** @var list<string> */
	private static array $styles = [];

	/**
	 * @param string $application
	 * @param string|null $file
	 */
	public static function addStyle($application, $file = null) {
		self::$styles[] = $application . '/css/' . $file;
	}

	public static function addInitScript(string $application, string $file): void {
		self::$scriptsInit[] = $application . '/js/' . $file;
	}

	public static function addScript(string $application, ?string $file = null, string $afterAppId = 'core', bool $prepend = false): void {
		$path = $application . '/js/' . $file;
		if ($prepend) {
			array_unshift(self::$scripts[$application], $path);
		} else {
			self::$scripts[$application][] = $path;
		}
	}

	/**
	 * Init scripts first, then the others in the order they were added (upstream also
	 * sorts by the $afterAppId dependencies, which this app does not use).
	 *
	 * @return list<string>
	 */
	public static function getScripts(): array {
		$all = array_merge(self::$scriptsInit, ...array_values(self::$scripts));
		return array_values(array_unique($all));
	}

	/**
	 * Stub only (upstream keeps styles in OC_Util): the styles added so far.
	 *
	 * @return list<string>
	 */
	public static function getStyles(): array {
		return array_values(array_unique(self::$styles));
	}

	/**
	 * Stub only: forget every recorded script and style (one page render per test).
	 */
	public static function resetRecordedAssets(): void {
		self::$scriptsInit = [];
		self::$scripts = [];
		self::$styles = [];
	}
}
