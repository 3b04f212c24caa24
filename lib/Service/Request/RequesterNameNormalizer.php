<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Exception\InvalidDisplayNameException;
use OCP\IL10N;

/**
 * Turns the name a recipient typed into the name we store and show to the sharer.
 *
 * The result is plain text: markup such as "<b>" is kept as the characters it is and
 * every place that shows the name must escape it. What a name cannot contain are
 * control characters (line breaks, tabs, NUL, ...), line and paragraph separators,
 * private-use characters, and format characters (Unicode category Cf: zero-width space,
 * soft hyphen, byte order mark, bidirectional marks, embeddings, overrides and isolates,
 * tag characters, ...) that would hide part of a name or make the sharer read it in a
 * different order than it was written. Two of them stay: the joiners ZWNJ and ZWJ
 * (U+200C, U+200D), which Persian and Indic names and emoji sequences need. Refused as well:
 * the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0, letters that draw nothing), the
 * combining grapheme joiner (U+034F, which draws nothing either), and more than two
 * combining marks in a row (a stack of marks draws over the lines above and below,
 * where the sharer reads the code).
 */
class RequesterNameNormalizer {
	public const MAX_LENGTH = 64;
	/** Longer input cannot become a valid name; refuse it before normalizing it. */
	private const MAX_INPUT_BYTES = 1024;
	private const FORBIDDEN = '/[\p{Cc}\p{Co}\p{Zl}\p{Zp}\x{202A}-\x{202E}\x{2066}-\x{2069}]'
		. '|(?![\x{200C}\x{200D}])\p{Cf}'
		. '|[\x{034F}\x{115F}\x{1160}\x{3164}\x{FFA0}]'
		. '|\p{M}{' . (self::MAX_COMBINING_MARKS_IN_A_ROW + 1) . '}/u';
	public const MAX_COMBINING_MARKS_IN_A_ROW = 2;

	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws InvalidDisplayNameException
	 */
	public function normalize(mixed $name): string {
		if (!is_string($name) || strlen($name) > self::MAX_INPUT_BYTES) {
			throw $this->tooLongOrMissing($name);
		}
		if (!mb_check_encoding($name, 'UTF-8')) {
			throw $this->forbiddenCharacters();
		}
		$normalized = \Normalizer::normalize($name, \Normalizer::FORM_C);
		if (!is_string($normalized) || preg_match(self::FORBIDDEN, $normalized) === 1) {
			throw $this->forbiddenCharacters();
		}
		// Unicode spaces (no-break, ideographic, ...) count as spaces: trim them, and make
		// every run of them one plain space so that names look alike only when they are.
		$normalized = (string)preg_replace('/\p{Zs}+/u', ' ', $normalized);
		$normalized = trim($normalized, ' ');
		// A name of nothing but invisible characters (zero-width spaces, joiners) is no name.
		if (preg_match('/[\p{L}\p{N}\p{S}\p{P}]/u', $normalized) !== 1) {
			throw new InvalidDisplayNameException($this->l10n->t('Enter your name.'));
		}
		if (mb_strlen($normalized, 'UTF-8') > self::MAX_LENGTH) {
			throw $this->tooLongOrMissing($normalized);
		}
		return $normalized;
	}

	private function tooLongOrMissing(mixed $name): InvalidDisplayNameException {
		if (!is_string($name)) {
			return new InvalidDisplayNameException($this->l10n->t('Enter your name.'));
		}
		return new InvalidDisplayNameException($this->l10n->t('Your name can be at most %d characters long.', [self::MAX_LENGTH]));
	}

	private function forbiddenCharacters(): InvalidDisplayNameException {
		return new InvalidDisplayNameException($this->l10n->t('Your name contains characters that a name cannot have, such as line breaks, invisible characters or stacked accents.'));
	}
}
