<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Decision;

use Random\Engine\Secure;
use Random\Randomizer;

/**
 * Draws the security-feature checks of one ID document check: distinct prompts, in a
 * random order, with the system's cryptographically secure generator (a recipient must
 * not be able to predict them).
 */
class IdCheckDraw {
	public const COUNT = 3;

	public function __construct(
		private IdCheckPrompts $prompts,
	) {
	}

	/**
	 * @param Randomizer|null $randomizer tests pass a seeded one; null = the secure engine
	 * @return list<string> COUNT distinct prompt keys
	 */
	public function draw(?Randomizer $randomizer = null): array {
		$randomizer ??= new Randomizer(new Secure());
		$keys = $this->prompts->keys();
		$picked = array_map(
			static fn (int $index): string => $keys[$index],
			$randomizer->pickArrayKeys($keys, self::COUNT),
		);
		return array_values($randomizer->shuffleArray($picked));
	}
}
