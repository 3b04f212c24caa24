<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\BackgroundJob;

/**
 * Signature stub of OCP\BackgroundJob\TimedJob (since 15.0.0): start() runs the job only
 * when more than the interval (minus a 20 s margin) passed since the last run.
 */
abstract class TimedJob extends Job {
	protected static int $lastRunCheckMargin = 20;
	protected int $interval = 0;
	protected int $timeSensitivity = IJob::TIME_SENSITIVE;

	public function setInterval(int $seconds): void {
		$this->interval = $seconds;
	}

	public function getInterval(): int {
		return $this->interval;
	}

	public function isTimeSensitive(): bool {
		return $this->timeSensitivity === IJob::TIME_SENSITIVE;
	}

	public function setTimeSensitivity(int $sensitivity): void {
		if ($sensitivity !== self::TIME_SENSITIVE && $sensitivity !== self::TIME_INSENSITIVE) {
			throw new \InvalidArgumentException('Invalid sensitivity');
		}
		$this->timeSensitivity = $sensitivity;
	}

	final public function start(IJobList $jobList): void {
		if (($this->time->getTime() - $this->lastRun) > $this->interval - self::$lastRunCheckMargin) {
			parent::start($jobList);
		}
	}
}
