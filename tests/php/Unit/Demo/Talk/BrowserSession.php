<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCP\ISession;

/**
 * The PHP session of one browser in the tests: survives between requests, never locks.
 */
final class BrowserSession implements ISession {
	/** @var array<string, mixed> */
	public array $data = [];

	public function set(string $key, $value) {
		$this->data[$key] = $value;
	}

	public function get(string $key) {
		return $this->data[$key] ?? null;
	}

	public function exists(string $key): bool {
		return array_key_exists($key, $this->data);
	}

	public function remove(string $key) {
		unset($this->data[$key]);
	}

	public function clear() {
		$this->data = [];
	}

	public function reopen(): bool {
		return false;
	}

	public function close() {
	}

	public function regenerateId(bool $deleteOldSession = true, bool $updateToken = false) {
	}

	public function getId(): string {
		return spl_object_hash($this);
	}
}
