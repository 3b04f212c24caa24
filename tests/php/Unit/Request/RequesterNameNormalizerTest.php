<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCA\VideoVerification\Exception\InvalidDisplayNameException;
use OCA\VideoVerification\Service\Request\RequesterNameNormalizer;
use OCP\IL10N;
use PHPUnit\Framework\TestCase;

class RequesterNameNormalizerTest extends TestCase {
	private RequesterNameNormalizer $normalizer;

	protected function setUp(): void {
		parent::setUp();
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnCallback(static fn (string $text, $parameters = []): string => vsprintf($text, (array)$parameters));
		$this->normalizer = new RequesterNameNormalizer($l10n);
	}

	public static function names(): array {
		return [
			'plain' => ['Carol Cole', 'Carol Cole'],
			'trimmed' => ['  Carol  ', 'Carol'],
			'Unicode spaces become one space' => ["Carol\u{00A0}\u{3000} Cole\u{2009}", 'Carol Cole'],
			'decomposed accents are composed (NFC)' => ["Jose\u{0301} Mu\u{0308}ller", "Jos\u{00E9} M\u{00FC}ller"],
			'markup stays text' => ['<script>alert(1)</script>', '<script>alert(1)</script>'],
			'punctuation' => ["Anne-Marie O'Neil, Jr.", "Anne-Marie O'Neil, Jr."],
			'Persian with a zero-width non-joiner' => ["\u{0645}\u{06CC}\u{200C}\u{0646}\u{0627}", "\u{0645}\u{06CC}\u{200C}\u{0646}\u{0627}"],
			'an emoji sequence with joiners' => ["Sam \u{1F469}\u{200D}\u{1F4BB}", "Sam \u{1F469}\u{200D}\u{1F4BB}"],
			'Arabic (right to left)' => ["\u{0633}\u{0627}\u{0631}\u{0629}", "\u{0633}\u{0627}\u{0631}\u{0629}"],
			'a single character' => ['X', 'X'],
			'64 four-byte characters' => [str_repeat("\u{1F600}", 64), str_repeat("\u{1F600}", 64)],
			'64 characters once spaces are trimmed' => ['  ' . str_repeat('x', 64) . '  ', str_repeat('x', 64)],
		];
	}

	/**
	 * @dataProvider names
	 */
	public function testNormalizesAValidName(string $input, string $expected): void {
		$this->assertSame($expected, $this->normalizer->normalize($input));
	}

	public function testTheMessageSaysWhatIsWrong(): void {
		$this->assertSame('Enter your name.', $this->messageFor(' '));
		$this->assertSame('Your name can be at most 64 characters long.', $this->messageFor(str_repeat('x', 65)));
		$this->assertStringContainsString('line breaks', $this->messageFor("a\nb"));
		$this->assertStringContainsString('invisible characters', $this->messageFor("Bob\u{200B}"));
	}

	/**
	 * Issue 18: names that were accepted and drew blank, hid characters, or drew over the
	 * read-back code.
	 *
	 * @return array<string, array{string}>
	 */
	public static function invisibleOrOverdrawingNames(): array {
		return [
			'Hangul filler U+3164 alone' => ["\u{3164}"],
			'Hangul filler U+3164 around a name' => ["\u{3164}Bob\u{3164}"],
			'Hangul choseong filler U+115F' => ["Bob\u{115F}"],
			'Hangul jungseong filler U+1160' => ["Bob\u{1160}"],
			'half-width Hangul filler U+FFA0' => ["Bob\u{FFA0}"],
			'tag characters' => ["Bob\u{E0020}\u{E0041}\u{E007F}"],
			'zero-width space U+200B' => ["Bo\u{200B}b"],
			'right-to-left mark U+200F' => ["Bob\u{200F}"],
			'Arabic letter mark U+061C' => ["Bob\u{061C}"],
			'byte order mark U+FEFF' => ["\u{FEFF}Bob"],
			'soft hyphen U+00AD' => ["Bo\u{00AD}b"],
			'combining grapheme joiner U+034F' => ["Bo\u{034F}b"],
			'inhibit symmetric swapping U+206A' => ["Bob\u{206A}"],
			'three combining marks in a row (none folds into the letter)' => ["Bx\u{0301}\u{0302}\u{0303}b"],
			'59 combining marks' => ['B' . str_repeat("\u{0336}", 59)],
		];
	}

	/**
	 * @dataProvider invisibleOrOverdrawingNames
	 */
	public function testRefusesInvisibleOrOverdrawingCharacters(string $name): void {
		$this->assertStringContainsString('cannot have', $this->messageFor($name));
	}

	public function testTwoCombiningMarksInARowStay(): void {
		// Vietnamese: a vowel with two marks that NFC cannot fold into one character.
		$this->assertSame("Nguy\u{1EC5}n q\u{0323}\u{0302}", $this->normalizer->normalize("Nguy\u{1EC5}n q\u{0323}\u{0302}"));
	}

	private function messageFor(string $name): string {
		try {
			$this->normalizer->normalize($name);
		} catch (InvalidDisplayNameException $e) {
			$this->assertSame('invalid_display_name', $e->errorCode());
			return $e->getMessage();
		}
		$this->fail('accepted ' . json_encode($name));
	}
}
