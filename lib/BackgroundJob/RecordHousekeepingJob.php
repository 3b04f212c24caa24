<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\BackgroundJob;

use OCA\VideoVerification\Service\Records\RecordHousekeeping;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\IJob;
use OCP\BackgroundJob\TimedJob;

/**
 * Every 15 minutes: expire stale requests, then remove records past their retention.
 * Requests also expire when someone reads them, so this only tidies up; it may run late.
 */
class RecordHousekeepingJob extends TimedJob {
	public const INTERVAL = 15 * 60;

	public function __construct(
		ITimeFactory $time,
		private RecordHousekeeping $housekeeping,
	) {
		parent::__construct($time);
		$this->setInterval(self::INTERVAL);
		$this->setTimeSensitivity(IJob::TIME_INSENSITIVE);
		$this->setAllowParallelRuns(false);
	}

	/**
	 * @param mixed $argument
	 */
	protected function run($argument): void {
		$now = $this->time->getTime();
		$this->housekeeping->expireStale($now);
		$this->housekeeping->removePastRetention($now);
	}
}
