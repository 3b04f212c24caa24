<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Utility;

use Psr\Clock\ClockInterface;

/**
 * Signature stub of OCP\AppFramework\Utility\ITimeFactory (since 8.0.0).
 */
interface ITimeFactory extends ClockInterface {
	/**
	 * @return int the result of a call to time()
	 */
	public function getTime(): int;

	public function getDateTime(string $time = 'now', ?\DateTimeZone $timezone = null): \DateTime;

	/** @since 26.0.0 */
	public function withTimeZone(\DateTimeZone $timezone): static;

	/** @since 29.0.0 */
	public function getTimeZone(?string $timezone = null): \DateTimeZone;
}
