<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\L10N;

use OCP\IL10N;

/**
 * English only: the source string with its parameters filled in (vsprintf, as
 * Nextcloud's L10NString does).
 */
final class DemoL10N implements IL10N {
	public function __construct(
		private readonly string $app,
	) {
	}

	public function getApp(): string {
		return $this->app;
	}

	public function t(string $text, $parameters = []): string {
		$parameters = is_array($parameters) ? $parameters : [$parameters];
		return $parameters === [] ? $text : vsprintf($text, $parameters);
	}

	public function n(string $text_singular, string $text_plural, int $count, array $parameters = []): string {
		$text = str_replace('%n', (string)$count, $count === 1 ? $text_singular : $text_plural);
		return $parameters === [] ? $text : vsprintf($text, $parameters);
	}

	public function l(string $type, $data, array $options = []) {
		if ($type === 'firstday') {
			return 1;
		}
		if ($type === 'jsdate') {
			return 'dd.mm.yy';
		}
		$timestamp = $data instanceof \DateTimeInterface ? $data->getTimestamp() : (int)$data;
		return match ($type) {
			'date' => gmdate('F j, Y', $timestamp),
			'datetime' => gmdate('F j, Y \a\t g:i:s A T', $timestamp),
			// Nextcloud's L10N::l() defaults to width "long" and formats with Punic by width.
			'time' => gmdate(match ($options['width'] ?? 'long') {
				'short' => 'g:i A',
				'medium' => 'g:i:s A',
				default => 'g:i:s A T',
			}, $timestamp),
			default => false,
		};
	}

	public function getLanguageCode(): string {
		return 'en';
	}

	public function getLocaleCode(): string {
		return 'en';
	}
}
