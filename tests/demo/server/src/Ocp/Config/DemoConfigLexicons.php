<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Config;

use OCP\Config\Lexicon\Entry;
use OCP\Config\Lexicon\ILexicon;
use OCP\Config\Lexicon\Strictness;

/**
 * The config lexicons the apps of the demo registered (IRegistrationContext::registerConfigLexicon),
 * read as nextcloud/server's AppConfig::getConfigDetailsFromLexicon reads them.
 */
final class DemoConfigLexicons {
	/** @var array<string, ILexicon> */
	private array $lexicons = [];

	/**
	 * @param array<string, ILexicon> $lexicons app id => lexicon
	 */
	public function __construct(array $lexicons = []) {
		foreach ($lexicons as $app => $lexicon) {
			$this->register($app, $lexicon);
		}
	}

	public function register(string $app, ILexicon $lexicon): void {
		$this->lexicons[$app] = $lexicon;
	}

	public function appEntry(string $app, string $key): ?Entry {
		foreach (($this->lexicons[$app] ?? null)?->getAppConfigs() ?? [] as $entry) {
			if ($entry->getKey() === $key) {
				return $entry;
			}
		}
		return null;
	}

	public function strictness(string $app): Strictness {
		return ($this->lexicons[$app] ?? null)?->getStrictness() ?? Strictness::IGNORE;
	}
}
