<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\IGroup (since 8.0.0).
 */
interface IGroup {
	public function getGID(): string;

	public function getDisplayName(): string;

	public function getUsers(): array;

	public function inGroup(IUser $user): bool;
}
