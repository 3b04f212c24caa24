<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IAppConfig (since 7.0.0; typed API since 29.0.0).
 */
interface IAppConfig {
	public function hasKey(string $app, string $key, ?bool $lazy = false): bool;

	public function getValueString(string $app, string $key, string $default = '', bool $lazy = false): string;

	public function getValueInt(string $app, string $key, int $default = 0, bool $lazy = false): int;

	public function getValueBool(string $app, string $key, bool $default = false, bool $lazy = false): bool;

	public function getValueArray(string $app, string $key, array $default = [], bool $lazy = false): array;

	public function setValueString(string $app, string $key, string $value, bool $lazy = false, bool $sensitive = false): bool;

	public function setValueInt(string $app, string $key, int $value, bool $lazy = false, bool $sensitive = false): bool;

	public function setValueBool(string $app, string $key, bool $value, bool $lazy = false): bool;

	public function deleteKey(string $app, string $key): void;
}
