<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\Migration\IOutput;

/**
 * Collects what migration steps report.
 */
final class BufferedOutput implements IOutput {
	/** @var list<string> */
	private array $messages = [];

	public function debug(string $message): void {
		$this->messages[] = 'debug: ' . $message;
	}

	public function info($message) {
		$this->messages[] = 'info: ' . $message;
	}

	public function warning($message) {
		$this->messages[] = 'warning: ' . $message;
	}

	public function startProgress($max = 0) {
	}

	public function advance($step = 1, $description = '') {
	}

	public function finishProgress() {
	}

	/**
	 * @return list<string>
	 */
	public function messages(): array {
		return $this->messages;
	}
}
