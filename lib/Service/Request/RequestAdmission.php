<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;

/**
 * Whether a recipient's page may open a request for a share now: the share takes requests
 * (RequestShareResolver), its sharer takes calls at this hour, and the share has room for
 * one more (RequestLimits) once this browser session's own open request made way.
 */
class RequestAdmission {
	public function __construct(
		private RequestShareResolver $shares,
		private OfficeHoursStore $officeHours,
		private RequestAccess $access,
		private RequestTransitions $transitions,
		private RequestLimits $limits,
	) {
	}

	/**
	 * @throws RequestException|SettingsException
	 */
	public function admit(mixed $shareToken, int $now): RequestableShare {
		$share = $this->shares->resolve($shareToken);
		// Whoever made the share is rung; outside their office hours the call is not made.
		$this->officeHours->assertTakesCallsAt((string)($share->share->getSharedBy() ?: $share->share->getShareOwner()), $now);
		// One open request per browser session: a new call from the same page replaces the
		// older request, so one session never holds more than one of the share's places.
		foreach ($this->access->madeByCurrentSession() as $request) {
			$this->transitions->cancel($this->transitions->settle($request, $now));
		}
		$this->limits->assertShareMayOpenAnother($share->shareId());
		return $share;
	}
}
