<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IConfig (since 6.0.0).
 */
interface IConfig {
	public const SENSITIVE_VALUE = '***REMOVED SENSITIVE VALUE***';

	public function getSystemValue($key, $default = '');

	public function getSystemValueBool(string $key, bool $default = false): bool;

	public function getSystemValueInt(string $key, int $default = 0): int;

	public function getSystemValueString(string $key, string $default = ''): string;

	public function getAppValue($appName, $key, $default = '');

	public function setAppValue($appName, $key, $value);

	public function getUserValue($userId, $appName, $key, $default = '');

	public function setUserValue($userId, $appName, $key, $value, $preCondition = null);

	public function deleteUserValue($userId, $appName, $key);
}
