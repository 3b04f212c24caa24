<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\BackgroundJob;

/**
 * Signature stub of OCP\BackgroundJob\IParallelAwareJob (since 27.0.0).
 */
interface IParallelAwareJob {
	public function setAllowParallelRuns(bool $allow): void;

	public function getAllowParallelRuns(): bool;
}
