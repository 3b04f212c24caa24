<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Records;

use OCA\VideoVerification\Service\Records\CsvCell;
use PHPUnit\Framework\TestCase;

class CsvCellTest extends TestCase {
	/**
	 * @return array<string, array{string, string}>
	 */
	public static function cells(): array {
		return [
			'plain' => ['Carol', 'Carol'],
			'empty' => ['', ''],
			'comma' => ['Berg, Bob', '"Berg, Bob"'],
			'quote' => ['Say "hi"', '"Say ""hi"""'],
			'newline' => ["line 1\nline 2", "\"line 1\nline 2\""],
			'crlf' => ["a\r\nb", "\"a\r\nb\""],
			'unicode' => ["Zo\u{00E9} \u{4E2D}", "Zo\u{00E9} \u{4E2D}"],
			'formula =' => ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
			'formula +' => ['+1', "'+1"],
			'formula -' => ['-2+3', "'-2+3"],
			'formula @' => ['@SUM(A1)', "'@SUM(A1)"],
			'leading tab (also a separator: both places escaped)' => ["\t=1", "\"'\t'=1\""],
			'leading CR' => ["\r=1", "\"'\r=1\""],
			'formula sign later' => ['a=b', 'a=b'],
			// Issue 18: a formula after any separator a spreadsheet may split on.
			'formula after a semicolon' => ['x;=1+1;y', "\"x;'=1+1;y\""],
			'formula after a comma' => ['x,+1', "\"x,'+1\""],
			'formula after a tab' => ["x\t@SUM(A1)", "\"x\t'@SUM(A1)\""],
			'formula after a separator and spaces' => ['x; =1', "\"x;' =1\""],
			'semicolon without formula is quoted, not changed' => ['a;b', '"a;b"'],
			'full-width equals' => ["\u{FF1D}1+1", "'\u{FF1D}1+1"],
			'full-width plus' => ["\u{FF0B}1", "'\u{FF0B}1"],
			'full-width minus' => ["\u{FF0D}1", "'\u{FF0D}1"],
			'full-width at' => ["\u{FF20}SUM(A1)", "'\u{FF20}SUM(A1)"],
			'full-width after a semicolon' => ["x;\u{FF1D}1", "\"x;'\u{FF1D}1\""],
			'leading space before a formula' => [' =1', "' =1"],
			'not valid UTF-8 still escaped' => ["\xFF;=1", "\"\xFF;'=1\""],
			'markup kept as text' => ['<b>x</b>', '<b>x</b>'],
		];
	}

	/**
	 * @dataProvider cells
	 */
	public function testEscapesACell(string $value, string $expected): void {
		$this->assertSame($expected, CsvCell::escape($value));
	}

	public function testALineIsCommaSeparatedAndEndsWithCrlf(): void {
		$this->assertSame("a,\"b,c\",'=d\r\n", CsvCell::line(['a', 'b,c', '=d']));
	}

	public function testAQuotedLineReadsBackAsTheOriginalValuesApartFromTheFormulaGuard(): void {
		$values = ['Berg, Bob', "two\nlines", 'say "x"', '=1+1', ''];
		$parsed = str_getcsv(rtrim(CsvCell::line($values), "\r\n"), ',', '"', '');

		$this->assertSame(['Berg, Bob', "two\nlines", 'say "x"', "'=1+1", ''], $parsed);
	}
}
