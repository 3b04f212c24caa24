<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

/**
 * One CSV field as RFC 4180 wants it, safe to open in a spreadsheet.
 *
 * Requester names and checklist notes come from outside: a value a spreadsheet would run
 * as a formula (first character = + - @, or a tab or carriage return that some of them
 * skip before looking) gets a leading apostrophe, as OWASP's "CSV injection" advice says.
 */
final class CsvCell {
	private const FORMULA_STARTS = ['=', '+', '-', '@', "\t", "\r"];

	public static function escape(string $value): string {
		if ($value !== '' && in_array($value[0], self::FORMULA_STARTS, true)) {
			$value = "'" . $value;
		}
		if (strpbrk($value, "\",\r\n") !== false) {
			return '"' . str_replace('"', '""', $value) . '"';
		}
		return $value;
	}

	/**
	 * @param list<string> $values
	 */
	public static function line(array $values): string {
		return implode(',', array_map(self::escape(...), $values)) . "\r\n";
	}
}
