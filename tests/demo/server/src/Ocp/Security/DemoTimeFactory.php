<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Security;

use OCP\AppFramework\Utility\ITimeFactory;

final class DemoTimeFactory implements ITimeFactory {
	private ?\DateTimeZone $timezone = null;

	public function getTime(): int {
		return time();
	}

	public function getDateTime(string $time = 'now', ?\DateTimeZone $timezone = null): \DateTime {
		return new \DateTime($time, $timezone ?? $this->timezone);
	}

	public function now(): \DateTimeImmutable {
		return new \DateTimeImmutable('now', $this->timezone);
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
