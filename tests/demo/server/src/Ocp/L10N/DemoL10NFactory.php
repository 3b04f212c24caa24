<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\L10N;

use OCP\IL10N;
use OCP\IUser;
use OCP\L10N\IFactory;
use OCP\L10N\ILanguageIterator;

final class DemoL10NFactory implements IFactory {
	public function get($app, $lang = null, $locale = null): IL10N {
		return new DemoL10N((string)$app);
	}

	public function findLanguage(?string $appId = null): string {
		return 'en';
	}

	public function findGenericLanguage(?string $appId = null): string {
		return 'en';
	}

	public function findLocale($lang = null) {
		return 'en';
	}

	public function findLanguageFromLocale(string $app = 'core', ?string $locale = null) {
		return 'en';
	}

	public function findAvailableLanguages($app = null): array {
		return ['en'];
	}

	public function findAvailableLocales() {
		return [['code' => 'en', 'name' => 'English']];
	}

	public function languageExists($app, $lang) {
		return $lang === 'en';
	}

	public function localeExists($locale) {
		return $locale === 'en';
	}

	public function getLanguageDirection(string $language): string {
		return 'ltr';
	}

	public function getUserLanguage(?IUser $user = null): string {
		return 'en';
	}

	public function getLanguages(): array {
		return ['commonLanguages' => [['code' => 'en', 'name' => 'English']], 'otherLanguages' => []];
	}

	/**
	 * The demo speaks English only, so the candidates nextcloud/server's LanguageIterator walks
	 * (forced, user, system default language) all end at its last resort, 'en'.
	 */
	public function getLanguageIterator(?IUser $user = null): ILanguageIterator {
		return new class implements ILanguageIterator {
			private int $position = 0;

			public function current(): string {
				return 'en';
			}

			public function next(): void {
				$this->position++;
			}

			public function key(): int {
				return $this->position;
			}

			public function valid(): bool {
				return $this->position === 0;
			}

			public function rewind(): void {
				$this->position = 0;
			}
		};
	}
}
