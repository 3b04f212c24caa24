<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

/**
 * Signature stub of OCP\AppFramework\Http\Attribute\BruteForceProtection (since 27.0.0):
 * throttled responses of the method count as failed attempts for the action.
 */
#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class BruteForceProtection {
	public function __construct(
		protected string $action,
	) {
	}

	public function getAction(): string {
		return $this->action;
	}
}
