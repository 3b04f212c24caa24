<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Migration;

/**
 * Signature stub of OCP\Migration\IOutput (since 9.1.0).
 */
interface IOutput {
	/** @since 28.0.0 */
	public function debug(string $message): void;

	/**
	 * @param string $message
	 * @return void
	 */
	public function info($message);

	/**
	 * @param string $message
	 * @return void
	 */
	public function warning($message);

	/**
	 * @param int $max
	 * @return void
	 */
	public function startProgress($max = 0);

	/**
	 * @param int $step
	 * @param string $description
	 * @return void
	 */
	public function advance($step = 1, $description = '');

	/**
	 * @return void
	 */
	public function finishProgress();
}
