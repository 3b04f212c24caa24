<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http\Attribute;

use OCP\IRequest;

/**
 * Signature stub of OCP\AppFramework\Http\Attribute\ARateLimit (since 27.0.0).
 */
abstract class ARateLimit {
	/**
	 * @param int $limit The maximum number of requests that can be made in the given period in seconds.
	 * @param int $period The time period in seconds.
	 */
	public function __construct(
		protected int $limit,
		protected int $period,
	) {
	}

	public function getLimit(): int {
		return $this->limit;
	}

	public function getPeriod(): int {
		return $this->period;
	}

	/**
	 * @since 35.0.0
	 */
	public function shouldApply(IRequest $request): bool {
		return true;
	}
}
