<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Request;

use OCP\ISession;

/**
 * One browser's PHP session: data survives regenerateId(), as with PHP's own sessions.
 */
final class InMemorySession implements ISession {
	/** @var array<string, mixed> */
	public array $data = [];
	/** @var list<array{deleteOldSession: bool, updateToken: bool}> every regenerateId() call */
	public array $regenerations = [];
	private int $generation = 1;

	public function __construct(
		private string $name,
	) {
	}

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
		$this->generation++;
		$this->regenerations[] = ['deleteOldSession' => $deleteOldSession, 'updateToken' => $updateToken];
	}

	public function getId(): string {
		return $this->name . '-' . $this->generation;
	}
}
