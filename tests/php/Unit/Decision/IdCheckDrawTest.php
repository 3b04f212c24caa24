<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Decision;

use OCA\VideoVerification\Service\Decision\IdCheckDraw;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;
use OCP\IL10N;
use PHPUnit\Framework\TestCase;
use Random\Engine\Mt19937;
use Random\Randomizer;

/**
 * The random draw of the ID check: 3 distinct prompts, only from the list, different
 * ones from one draw to the next.
 */
class IdCheckDrawTest extends TestCase {
	private IdCheckPrompts $prompts;

	protected function setUp(): void {
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnCallback(static fn (string $text, array $parameters = []): string => vsprintf($text, $parameters));
		$this->prompts = new IdCheckPrompts($l10n);
	}

	public function testTheListHasAtLeastEightDistinctTranslatedPrompts(): void {
		$keys = $this->prompts->keys();
		$this->assertGreaterThanOrEqual(8, count($keys));
		$this->assertSame($keys, array_values(array_unique($keys)));
		$texts = array_map(fn (string $key): string => $this->prompts->text($key), $keys);
		$this->assertSame($texts, array_values(array_unique($texts)));
		$this->assertSame('Tilt the card slowly so the hologram changes', $this->prompts->text(IdCheckPrompts::TILT_HOLOGRAM));
		$this->assertSame('removed_prompt', $this->prompts->text('removed_prompt'), 'a key a later version dropped reads as itself');
	}

	public function testEachDrawIsThreeDistinctPromptsOfTheList(): void {
		$draw = new IdCheckDraw($this->prompts);
		$seen = [];
		for ($i = 0; $i < 200; $i++) {
			$drawn = $draw->draw();
			$this->assertCount(IdCheckDraw::COUNT, $drawn);
			$this->assertSame(3, IdCheckDraw::COUNT);
			$this->assertSame($drawn, array_values(array_unique($drawn)), 'distinct');
			$this->assertSame([], array_diff($drawn, $this->prompts->keys()), 'only keys of the list');
			$seen[implode(',', $drawn)] = true;
			foreach ($drawn as $key) {
				$seen[$key] = true;
			}
		}
		foreach ($this->prompts->keys() as $key) {
			$this->assertArrayHasKey($key, $seen, "$key is drawn sometimes");
		}
		$this->assertGreaterThan(50, count($seen) - count($this->prompts->keys()), 'many different draws, not a fixed checklist');
	}

	public function testTheOrderIsRandomToo(): void {
		$draw = new IdCheckDraw($this->prompts);
		$first = [];
		for ($seed = 1; $seed <= 100; $seed++) {
			$first[$draw->draw(new Randomizer(new Mt19937($seed)))[0]] = true;
		}
		$this->assertGreaterThan(5, count($first), 'the first prompt is not always the same');
	}

	public function testASeededDrawIsReproducible(): void {
		$draw = new IdCheckDraw($this->prompts);
		$this->assertSame(
			$draw->draw(new Randomizer(new Mt19937(42))),
			$draw->draw(new Randomizer(new Mt19937(42))),
		);
	}
}
