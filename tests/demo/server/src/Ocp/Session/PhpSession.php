<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Session;

use OCP\ISession;

/**
 * Nextcloud's ISession over PHP's file sessions in the demo data dir, locked as Nextcloud locks
 * them. PHP's files handler locks a session from session_start() to session_write_close();
 * Nextcloud opens it at boot and closes it again at the end of OC::initSession(), and
 * OC\Session\Internal reopens it only to write (set, and through CryptoSessionData remove and
 * clear), or for a controller with #[UseSession] (SessionMiddleware). So a long request of a
 * visitor (Talk's signaling long poll, a brute-force delay) does not hold up their other
 * requests; reads see the data as it was when the request started.
 */
final class PhpSession implements ISession {
	public const COOKIE_NAME = 'ocdemo';

	private bool $started = false;

	/**
	 * @param string $savePath a folder, or for the "redis" handler (php-redis, the clustered
	 *                         stack, as Nextcloud's admin manual sets session.save_handler) tcp://host:port
	 */
	public function __construct(
		private readonly string $savePath,
		private readonly string $saveHandler = 'files',
	) {
	}

	/** At boot: read the session, then let go of its lock. */
	public function start(): void {
		if ($this->started) {
			return;
		}
		$this->started = true;
		$this->open();
		session_write_close();
	}

	public function set(string $key, $value) {
		$reopened = $this->reopen();
		$_SESSION[$key] = $value;
		if ($reopened) {
			$this->close();
		}
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
		$reopened = $this->reopen();
		unset($_SESSION[$key]);
		if ($reopened) {
			$this->close();
		}
	}

	public function clear() {
		$reopened = $this->reopen();
		$_SESSION = [];
		if ($reopened) {
			$this->close();
		}
	}

	/**
	 * Takes the lock again (re-reading the session, as session_start() does).
	 *
	 * @return bool whether it was closed before
	 */
	public function reopen(): bool {
		$this->start();
		if (session_status() === PHP_SESSION_ACTIVE) {
			return false;
		}
		$this->open();
		return true;
	}

	public function close() {
		if (session_status() === PHP_SESSION_ACTIVE) {
			session_write_close();
		}
	}

	/** As OC\Session\Internal: reopened, and left open until the request ends or closes it. */
	public function regenerateId(bool $deleteOldSession = true, bool $updateToken = false) {
		$this->reopen();
		session_regenerate_id($deleteOldSession);
	}

	public function getId(): string {
		$this->start();
		return (string)session_id();
	}

	private function open(): void {
		if ($this->saveHandler === 'files' && !is_dir($this->savePath)) {
			mkdir($this->savePath, 0700, true);
		}
		ini_set('session.save_handler', $this->saveHandler);
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
			error_log(sprintf('[request] pid %d waited %d ms for the lock of its PHP session', getmypid(), $waitedMs));
		}
	}
}
