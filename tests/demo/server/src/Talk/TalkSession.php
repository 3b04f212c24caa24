<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCP\IRequest;
use OCP\ISession;

/**
 * Which Talk session this browser holds in which room, kept in the PHP session as spreed's
 * TalkSession does: key 'spreed-session', a JSON map by room token, or by token + '$' + tab id
 * when the request carries a valid x-nextcloud-talk-session-tab-id header.
 */
final class TalkSession {
	private const KEY = 'spreed-session';
	private const TAB_HEADER = 'x-nextcloud-talk-session-tab-id';

	public function __construct(
		private readonly ISession $session,
		private readonly IRequest $request,
	) {
	}

	public function sessionForRoom(string $token): ?string {
		return $this->map()[$this->key($token)] ?? null;
	}

	public function setSessionForRoom(string $token, string $sessionId): void {
		$map = $this->map();
		$map[$this->key($token)] = $sessionId;
		$this->session->set(self::KEY, json_encode($map));
	}

	public function removeSessionForRoom(string $token): void {
		$map = $this->map();
		unset($map[$this->key($token)]);
		$this->session->set(self::KEY, json_encode($map));
	}

	/**
	 * Lets other requests of this browser run while a long poll waits; nothing may be
	 * written to the PHP session afterwards.
	 */
	public function release(): void {
		$this->session->close();
	}

	private function key(string $token): string {
		$tabId = $this->request->getHeader(self::TAB_HEADER);
		return preg_match('/^[a-zA-Z0-9]{64}$/', $tabId) === 1 ? $token . '$' . $tabId : $token;
	}

	/**
	 * @return array<string, string>
	 */
	private function map(): array {
		$stored = $this->session->get(self::KEY);
		$map = is_string($stored) ? json_decode($stored, true) : null;
		return is_array($map) ? $map : [];
	}
}
