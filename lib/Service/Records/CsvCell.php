<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

/**
 * One CSV field as RFC 4180 wants it, safe to open in a spreadsheet.
 *
 * Requester names and checklist notes come from outside. A spreadsheet may split a line on
 * `,`, `;` or a tab (which one depends on its locale and on what the user picks on import),
 * so a formula can start at the beginning of the value or right after any of these. Every
 * such place that starts with = + - @, their full-width forms (＝ ＋ － ＠, which some
 * spreadsheets fold to the ASCII ones), or a tab or carriage return that some of them skip
 * before looking, gets an apostrophe in front, as OWASP's "CSV injection" advice says. A
 * value holding any separator is quoted as well, so a reader that honours quotes keeps it
 * one cell whatever its separator.
 *
 * Byte patterns, not /u: a value that is not valid UTF-8 is escaped all the same.
 */
final class CsvCell {
	private const FORMULA_CHARACTER = '(?:[=+\-@]|\xEF\xBC\x9D|\xEF\xBC\x8B|\xEF\xBC\x8D|\xEF\xBC\xA0)';
	/** Where a cell may start: the value's start, or right after a separator. */
	private const CELL_START = '/(^|[,;\t])(?=[ \t\r]*' . self::FORMULA_CHARACTER . '|[\t\r])/';
	private const NEEDS_QUOTES = "\",;\t\r\n";

	public static function escape(string $value): string {
		$value = (string)preg_replace(self::CELL_START, "\$1'", $value);
		if (strpbrk($value, self::NEEDS_QUOTES) !== false) {
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
