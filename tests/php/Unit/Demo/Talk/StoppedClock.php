<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCP\AppFramework\Utility\ITimeFactory;

/**
 * A clock that moves only when the test says so, for rules that count whole seconds: on a
 * loaded machine the wall clock may cross a second between two requests of one test.
 */
final class StoppedClock implements ITimeFactory {
	private ?\DateTimeZone $timezone = null;

	public function __construct(
		private int $time,
	) {
	}

	public function advance(int $seconds): void {
		$this->time += $seconds;
	}

	public function getTime(): int {
		return $this->time;
	}

	public function getDateTime(string $time = 'now', ?\DateTimeZone $timezone = null): \DateTime {
		$dateTime = new \DateTime('@' . $this->time);
		$dateTime->setTimezone($timezone ?? $this->timezone ?? new \DateTimeZone('UTC'));
		return $time === 'now' ? $dateTime : $dateTime->modify($time);
	}

	public function now(): \DateTimeImmutable {
		return \DateTimeImmutable::createFromMutable($this->getDateTime());
	}

	public function withTimeZone(\DateTimeZone $timezone): static {
		$clone = clone $this;
		$clone->timezone = $timezone;
		return $clone;
	}

	public function getTimeZone(?string $timezone = null): \DateTimeZone {
		return new \DateTimeZone($timezone ?? 'UTC');
	}
}
