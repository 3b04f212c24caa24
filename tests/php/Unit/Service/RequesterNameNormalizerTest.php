<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Service;

use OCA\VideoVerification\Exception\InvalidDisplayNameException;
use OCA\VideoVerification\Service\RequesterNameNormalizer;
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
		$this->assertStringContainsString('control characters', $this->messageFor("a\nb"));
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
