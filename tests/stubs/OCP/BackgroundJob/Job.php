<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\BackgroundJob;

use OCP\AppFramework\Utility\ITimeFactory;

/**
 * Signature stub of OCP\BackgroundJob\Job (since 15.0.0). start() records the run and
 * calls run() as upstream does (upstream also logs and catches every Throwable).
 */
abstract class Job implements IJob, IParallelAwareJob {
	protected int $id = 0;
	protected int $lastRun = 0;
	protected mixed $argument = null;
	protected bool $allowParallelRuns = true;

	public function __construct(
		protected ITimeFactory $time,
	) {
	}

	public function start(IJobList $jobList): void {
		$jobList->setLastRun($this);
		$this->run($this->argument);
	}

	final public function setId(int $id) {
		$this->id = $id;
	}

	final public function setLastRun(int $lastRun) {
		$this->lastRun = $lastRun;
	}

	public function setArgument($argument) {
		$this->argument = $argument;
	}

	final public function getId(): int {
		return $this->id;
	}

	final public function getLastRun(): int {
		return $this->lastRun;
	}

	public function getArgument() {
		return $this->argument;
	}

	public function setAllowParallelRuns(bool $allow): void {
		$this->allowParallelRuns = $allow;
	}

	public function getAllowParallelRuns(): bool {
		return $this->allowParallelRuns;
	}

	/**
	 * @param mixed $argument
	 */
	abstract protected function run($argument);
}
