<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\HintException (since 23.0.0): an exception carrying a
 * message for the log and a translated hint for the user.
 */
class HintException extends \Exception {
	private string $hint;

	public function __construct(string $message = '', string $hint = '', int $code = 0, ?\Exception $previous = null) {
		$this->hint = $hint;
		parent::__construct($message, $code, $previous);
	}

	public function __toString(): string {
		return self::class . ": [{$this->code}]: {$this->message} ({$this->hint})\n";
	}

	public function getHint(): string {
		if (empty($this->hint)) {
			return $this->message;
		}
		return $this->hint;
	}
}
