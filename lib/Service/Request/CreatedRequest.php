<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\ResponseDefinitions;

/**
 * What the caller gets when a request is made: the only time its secret is shown.
 *
 * @psalm-import-type VideoVerificationCreatedRequest from ResponseDefinitions
 */
final class CreatedRequest {
	public function __construct(
		public readonly VerificationRequest $request,
		#[\SensitiveParameter]
		public readonly string $secret,
	) {
	}

	/**
	 * @return VideoVerificationCreatedRequest
	 */
	public function toArray(): array {
		return [
			'requestId' => $this->request->requestId,
			'secret' => $this->secret,
			'code' => RequestView::displayCode($this->request->code),
			'expiresAt' => $this->request->expiresAt,
			'mode' => $this->request->mode->value,
		];
	}
}
