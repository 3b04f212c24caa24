<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Session;

use OCP\ISession;

/**
 * Nextcloud's ISession over PHP's file sessions in the demo data dir.
 */
final class PhpSession implements ISession {
	public const COOKIE_NAME = 'ocdemo';

	public function __construct(
		private readonly string $savePath,
	) {
	}

	public function start(): void {
		if (session_status() === PHP_SESSION_ACTIVE) {
			return;
		}
		if (!is_dir($this->savePath)) {
			mkdir($this->savePath, 0700, true);
		}
		session_save_path($this->savePath);
		session_name(self::COOKIE_NAME);
		session_set_cookie_params(['path' => '/', 'httponly' => true, 'samesite' => 'Lax']);
		// Like OC\Session\Internal: no strict mode. A request still carrying an id that
		// regenerateId() replaced (a call's signaling poll in flight during an unlock) reopens
		// that id without sending a new cookie, so it cannot overwrite the unlocked session's.
		$waitFrom = microtime(true);
		session_start(['use_strict_mode' => false]);
		$waitedMs = (int)round((microtime(true) - $waitFrom) * 1000);
		if ($waitedMs >= 100 && getenv('VV_DEMO_REQUEST_LOG') === '1') {
			// The files handler locks a session for the whole request that opened it.
			error_log(sprintf('[request] pid %d waited %d ms for the lock of its PHP session', getmypid(), $waitedMs));
		}
	}

	public function set(string $key, $value) {
		$this->start();
		$_SESSION[$key] = $value;
	}

	public function get(string $key) {
		$this->start();
		return $_SESSION[$key] ?? null;
	}

	public function exists(string $key): bool {
		$this->start();
		return array_key_exists($key, $_SESSION);
	}

	public function remove(string $key) {
		$this->start();
		unset($_SESSION[$key]);
	}

	public function clear() {
		$this->start();
		$_SESSION = [];
	}

	public function reopen(): bool {
		if (session_status() === PHP_SESSION_ACTIVE) {
			return false;
		}
		$this->start();
		return true;
	}

	public function close() {
		if (session_status() === PHP_SESSION_ACTIVE) {
			session_write_close();
		}
	}

	public function regenerateId(bool $deleteOldSession = true, bool $updateToken = false) {
		$this->start();
		session_regenerate_id($deleteOldSession);
	}

	public function getId(): string {
		$this->start();
		return (string)session_id();
	}
}
