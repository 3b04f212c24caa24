<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * The ID document check the sharer asked for: the security-feature prompts drawn for this
 * request (keys of IdCheckPrompts, in the order they are shown) and the one the recipient's
 * screen shows now.
 */
final class IdCheck {
	/**
	 * @param list<string> $prompts
	 */
	public function __construct(
		public readonly array $prompts,
		public readonly int $step = 0,
	) {
	}

	public function currentPrompt(): ?string {
		return $this->prompts[$this->step] ?? null;
	}

	public function withStep(int $step): self {
		return new self($this->prompts, $step);
	}

	public function promptsJson(): string {
		return json_encode($this->prompts, JSON_THROW_ON_ERROR);
	}

	/**
	 * Reads what promptsJson() wrote; anything else is no ID check.
	 */
	public static function fromColumns(?string $prompts, mixed $step): ?self {
		if ($prompts === null || $prompts === '') {
			return null;
		}
		$decoded = json_decode($prompts, true);
		if (!is_array($decoded) || !array_is_list($decoded) || $decoded === []) {
			return null;
		}
		$keys = array_values(array_filter($decoded, 'is_string'));
		if (count($keys) !== count($decoded)) {
			return null;
		}
		$index = $step === null ? 0 : (int)$step;
		return new self($keys, max(0, min(count($keys) - 1, $index)));
	}
}
