<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * One recipient's request to be verified on a call (a row of vv_requests).
 *
 * Holds no secret in clear: the caller's secret and the nonce that binds the request to
 * the caller's PHP session are stored as keyed hashes.
 */
final class VerificationRequest {
	public function __construct(
		/** random, URL-safe, 32 characters; what the API calls requestId */
		public readonly string $requestId,
		public readonly string $secretHash,
		public readonly string $sessionHash,
		/** six digits the recipient reads out to the sharer */
		public readonly string $code,
		public readonly VerificationRequestStatus $status,
		/** how the share releases the file, as it was when the request was made */
		public readonly VerificationMode $mode,
		/** unix time */
		public readonly int $createdAt,
		/** unix time after which a pending request reads as expired */
		public readonly int $expiresAt,
		public readonly int $shareId,
		public readonly string $shareToken,
		/** the file's name when the request was made */
		public readonly string $fileName,
		public readonly string $requesterName,
		/** the recipient address of an e-mail share; null for link shares */
		public readonly ?string $requesterEmail,
	) {
	}

	/**
	 * The status as callers see it: a pending request past its expiry is expired, even
	 * before anything rewrites the row.
	 */
	public function statusAt(int $now): VerificationRequestStatus {
		if ($this->status === VerificationRequestStatus::Pending && $now >= $this->expiresAt) {
			return VerificationRequestStatus::Expired;
		}
		return $this->status;
	}

	public function withStatus(VerificationRequestStatus $status): self {
		return new self(
			$this->requestId,
			$this->secretHash,
			$this->sessionHash,
			$this->code,
			$status,
			$this->mode,
			$this->createdAt,
			$this->expiresAt,
			$this->shareId,
			$this->shareToken,
			$this->fileName,
			$this->requesterName,
			$this->requesterEmail,
		);
	}
}
