<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Decision\IdCheckPrompts;

/**
 * A request as its caller polls it.
 *
 * @psalm-import-type VideoVerificationRequest from ResponseDefinitions
 */
final class RequestView {
	private function __construct(
		public readonly string $requestId,
		public readonly VerificationRequestStatus $status,
		public readonly string $code,
		public readonly int $expiresAt,
		public readonly VerificationMode $mode,
		/** @var array{step: int, total: int, prompt: string}|null */
		public readonly ?array $idCheck,
	) {
	}

	/**
	 * @param IdCheckPrompts $prompts the texts of the ID check the sharer asked for
	 */
	public static function of(VerificationRequest $request, int $now, IdCheckPrompts $prompts): self {
		$status = $request->statusAt($now);
		$check = $request->idCheck;
		$prompt = $check?->currentPrompt();
		// Shown only while the call is on: afterwards the recipient has nothing to do with it.
		$idCheck = $check === null || $prompt === null || !$status->isOpen() ? null : [
			'step' => $check->step,
			'total' => count($check->prompts),
			'prompt' => $prompts->text($prompt),
		];
		return new self($request->requestId, $status, $request->code, $request->expiresAt, $request->mode, $idCheck);
	}

	/**
	 * How people read the code: two groups of three digits, "482 913".
	 */
	public static function displayCode(string $digits): string {
		return substr($digits, 0, 3) . ' ' . substr($digits, 3);
	}

	/**
	 * @return VideoVerificationRequest
	 */
	public function toArray(): array {
		return [
			'requestId' => $this->requestId,
			'status' => $this->status->value,
			'code' => self::displayCode($this->code),
			'expiresAt' => $this->expiresAt,
			'mode' => $this->mode->value,
			'idCheck' => $this->idCheck,
		];
	}
}
