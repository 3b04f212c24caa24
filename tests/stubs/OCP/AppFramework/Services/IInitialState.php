<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Services;

use Closure;

/**
 * Signature stub of OCP\AppFramework\Services\IInitialState (since 20.0.0): values the
 * page embeds for @nextcloud/initial-state's loadState(appId, key).
 */
interface IInitialState {
	/**
	 * @param bool|int|float|string|array|\JsonSerializable $data
	 */
	public function provideInitialState(string $key, $data): void;

	/**
	 * @psalm-param Closure():bool|Closure():int|Closure():float|Closure():string|Closure():\JsonSerializable $closure
	 */
	public function provideLazyInitialState(string $key, Closure $closure): void;
}
