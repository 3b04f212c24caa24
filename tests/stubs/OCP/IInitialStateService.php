<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IInitialStateService (since 16.0.0).
 */
interface IInitialStateService {
	public function provideInitialState(string $appName, string $key, $data): void;

	public function provideLazyInitialState(string $appName, string $key, \Closure $closure): void;
}
