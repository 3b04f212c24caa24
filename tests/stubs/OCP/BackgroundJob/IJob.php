<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\BackgroundJob;

/**
 * Signature stub of OCP\BackgroundJob\IJob (since 7.0.0; execute() removed in 33).
 */
interface IJob {
	public const TIME_INSENSITIVE = 0;
	public const TIME_SENSITIVE = 1;

	public function start(IJobList $jobList): void;

	public function setId(int $id);

	public function setLastRun(int $lastRun);

	/**
	 * @param mixed $argument
	 */
	public function setArgument($argument);

	/**
	 * @return int
	 */
	public function getId();

	/**
	 * @return int
	 */
	public function getLastRun();

	/**
	 * @return mixed
	 */
	public function getArgument();
}
