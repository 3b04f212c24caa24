<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Talk\Model;

/**
 * Signature stub of spreed lib/Model/Session.php (an Entity upstream, magic getters): the
 * session id and its call flags.
 */
class Session {
	public function __construct(
		private string $sessionId,
		private int $inCall,
	) {
	}

	public function getSessionId(): string {
		return $this->sessionId;
	}

	public function getInCall(): int {
		return $this->inCall;
	}
}
