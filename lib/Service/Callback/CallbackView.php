<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Callback;

use OCA\VideoVerification\Db\Callback;
use OCA\VideoVerification\ResponseDefinitions;

/**
 * A callback as the API shows it.
 *
 * @psalm-import-type VideoVerificationCallback from ResponseDefinitions
 */
final class CallbackView {
	public const STATE_REQUESTED = 'callbackRequested';
	public const STATE_CALLING_BACK = 'callingBack';

	public function __construct(
		private Callback $callback,
	) {
	}

	/**
	 * @return VideoVerificationCallback
	 */
	public function toArray(): array {
		return [
			'requestId' => $this->callback->requestId,
			'state' => $this->callback->isCallingBack() ? self::STATE_CALLING_BACK : self::STATE_REQUESTED,
			'requestedAt' => $this->callback->requestedAt,
			'message' => $this->callback->message,
			'calledBackAt' => $this->callback->startedAt,
		];
	}
}
