<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Exception\RecordChainBrokenException;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCP\DB\Exception;

/**
 * What the background job does with the records: stores the expiry of requests that went
 * stale without anyone touching them (which also takes their notifications away), and
 * removes finished records older than the administrator's retention.
 */
class RecordHousekeeping {
	private const PAGE = 500;
	private const DAY = 86400;

	public function __construct(
		private VerificationRequestMapper $mapper,
		private RequestTransitions $transitions,
		private AdminPolicy $policy,
		private RecordChain $chain,
	) {
	}

	/**
	 * @return int how many requests were stored as expired
	 * @throws Exception
	 */
	public function expireStale(int $now): int {
		$expired = 0;
		$afterId = 0;
		do {
			$page = $this->mapper->findStale($now, $afterId, self::PAGE);
			foreach ($page as $id => $request) {
				$afterId = $id;
				if ($this->transitions->settle($request, $now) !== $request) {
					$expired++;
				}
			}
		} while (count($page) === self::PAGE);
		return $expired;
	}

	/**
	 * Removes the finished records created before the retention from the start of the
	 * record chain; the chain's anchor then records where it continues (RecordChain).
	 *
	 * @return int how many records were removed (0 when the retention is "forever")
	 * @throws RecordChainBrokenException when records are missing where it would cut
	 * @throws Exception
	 */
	public function removePastRetention(int $now): int {
		$days = $this->policy->retentionDays();
		if ($days === 0) {
			return 0;
		}
		return $this->chain->trimCreatedBefore($now - $days * self::DAY);
	}
}
