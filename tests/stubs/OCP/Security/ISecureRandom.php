<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Security;

/**
 * Signature stub of OCP\Security\ISecureRandom (since 8.0.0).
 */
interface ISecureRandom {
	public const CHAR_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	public const CHAR_LOWER = 'abcdefghijklmnopqrstuvwxyz';
	public const CHAR_DIGITS = '0123456789';
	public const CHAR_SYMBOLS = '!\"#$%&\\\'()*+,-./:;<=>?@[\]^_`{|}~';
	public const CHAR_ALPHANUMERIC = self::CHAR_UPPER . self::CHAR_LOWER . self::CHAR_DIGITS;
	public const CHAR_HUMAN_READABLE = 'abcdefgijkmnopqrstwxyzABCDEFGHJKLMNPQRSTWXYZ23456789';

	/**
	 * @param int $length The length of the generated string
	 * @param string $characters An optional list of characters to use
	 */
	public function generate(int $length, string $characters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'): string;
}
