<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support;

use OCP\Util;

/**
 * The scripts and styles a page has asked for through OCP\Util, as Nextcloud keeps them for
 * one request (static lists in OCP\Util and OC_Util). PHPUnit runs many "requests" in one
 * process, so a test empties them first.
 */
final class RecordedAssets {
	public static function reset(): void {
		foreach (['scriptsInit', 'scripts', 'scriptDeps'] as $list) {
			(new \ReflectionProperty(Util::class, $list))->setValue(null, []);
		}
		\OC_Util::$styles = [];
		\OC_Util::$headers = [];
	}

	/**
	 * @return list<string> "app/js/file" and "app/l10n/lang" paths, as Util::getScripts() orders them
	 */
	public static function scripts(): array {
		return array_values(Util::getScripts());
	}

	/**
	 * @return list<string> "app/css/file" paths
	 */
	public static function styles(): array {
		return \OC_Util::$styles;
	}
}
