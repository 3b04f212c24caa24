<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\BackgroundJob;

/**
 * Signature stub of OCP\BackgroundJob\IJobList (the parts a job's start() uses).
 */
interface IJobList {
	public function setLastRun(IJob $job): void;

	public function setExecutionTime(IJob $job, int $timeTaken): void;
}
