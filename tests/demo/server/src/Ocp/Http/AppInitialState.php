<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCP\AppFramework\Services\IInitialState;

/**
 * The app-scoped IInitialState an app's controllers and listeners get injected.
 */
final class AppInitialState implements IInitialState {
	public function __construct(
		private readonly InitialStateStore $store,
		private readonly string $appName,
	) {
	}

	public function provideInitialState(string $key, $data): void {
		$this->store->provideInitialState($this->appName, $key, $data);
	}

	public function provideLazyInitialState(string $key, \Closure $closure): void {
		$this->store->provideLazyInitialState($this->appName, $key, $closure);
	}
}
