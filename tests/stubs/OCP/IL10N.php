<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IL10N (since 6.0.0).
 */
interface IL10N {
	/**
	 * @param string $text The text we need a translation for
	 * @param array|string $parameters default:array() Parameters for sprintf
	 */
	public function t(string $text, $parameters = []): string;

	public function n(string $text_singular, string $text_plural, int $count, array $parameters = []): string;

	/**
	 * @param string $type Type of localization ('date', 'datetime', 'time', ...)
	 * @param \DateTime|int|string $data parameters for this localization
	 * @return string|int|false
	 */
	public function l(string $type, $data, array $options = []);

	public function getLanguageCode(): string;

	public function getLocaleCode(): string;
}
