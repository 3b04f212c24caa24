<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCP\AppFramework\Services\IInitialState;

/**
 * Keeps what a page would receive as initial state.
 */
final class RecordingInitialState implements IInitialState {
	/** @var array<string, mixed> */
	public array $values = [];

	public function provideInitialState(string $key, $data): void {
		$this->values[$key] = $data;
	}

	public function provideLazyInitialState(string $key, \Closure $closure): void {
		$this->values[$key] = $closure();
	}
}
