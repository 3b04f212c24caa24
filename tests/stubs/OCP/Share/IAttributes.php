<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Share;

/**
 * Signature stub of OCP\Share\IAttributes (since 25.0.0).
 */
interface IAttributes {
	public function setAttribute(string $scope, string $key, mixed $value): IAttributes;

	public function getAttribute(string $scope, string $key): mixed;

	public function toArray(): array;
}
