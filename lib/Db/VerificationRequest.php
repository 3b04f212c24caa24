<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

/**
 * One recipient's request to be verified on a call, and afterwards the verification
 * record (a row of vv_requests, kept when the share or the Talk room is gone).
 *
 * Holds no secret in clear: the caller's secret and the nonce that binds the request to
 * the caller's PHP session are stored as keyed hashes.
 */
final class VerificationRequest {
	/** Seconds an approval waits for the recipient's poll before it reads as expired. */
	public const APPROVAL_LIFETIME = 300;
	/** Seconds without a poll of the recipient's page after which an open request is abandoned. */
	public const LIVENESS_SECONDS = 30;

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
		/** unix time after which an open request reads as expired */
		public readonly int $expiresAt,
		public readonly int $shareId,
		public readonly string $shareToken,
		/** the file's name when the request was made */
		public readonly string $fileName,
		public readonly string $requesterName,
		/** the recipient address of an e-mail share; null for link shares */
		public readonly ?string $requesterEmail,
		/** the shared file's id (0 for rows made before records existed) */
		public readonly int $fileId = 0,
		/** uid of the share's owner and initiator when the request was made (who may see the record once the share is gone) */
		public readonly string $shareOwner = '',
		public readonly string $sharedBy = '',
		/** unix time the sharer's session appeared in the call */
		public readonly ?int $answeredAt = null,
		public readonly ?int $decidedAt = null,
		/** uid of who approved or declined */
		public readonly ?string $decidedBy = null,
		public readonly ?Checklist $checklist = null,
		public readonly ?ReleaseMethod $releasedBy = null,
		/** unix time the recipient's session was unlocked */
		public readonly ?int $firstUsedAt = null,
		public readonly ?int $shareDeletedAt = null,
		/** unix time the recipient's page last polled (null: rows from before liveness) */
		public readonly ?int $lastSeenAt = null,
		/** the Talk room Talk created for this request (bound when Talk said so) */
		public readonly ?string $talkRoomToken = null,
		/** wrong share passwords typed in password mode */
		public readonly int $wrongPasswords = 0,
		/** place in the record chain, once final (RecordChain); written only by the chain */
		public readonly ?int $chainSeq = null,
		/** hex SHA-256 over the record's facts and the previous record's hash */
		public readonly ?string $recordHash = null,
		/** the ID document check the sharer asked for, if any */
		public readonly ?IdCheck $idCheck = null,
		/** what the recipient's call carried; null for rows made before it was recorded */
		public readonly ?CallMedia $callMedia = null,
	) {
	}

	/**
	 * The status as callers see it: an open request past its expiry, and an approval not
	 * picked up within APPROVAL_LIFETIME, are expired, and an open request whose page has
	 * not polled for LIVENESS_SECONDS is abandoned, even before anything rewrites the row.
	 */
	public function statusAt(int $now): VerificationRequestStatus {
		if ($this->status->isOpen() && $now >= $this->expiresAt) {
			return VerificationRequestStatus::Expired;
		}
		if ($this->status->isOpen() && $this->lastSeenAt !== null && $now - $this->lastSeenAt >= self::LIVENESS_SECONDS) {
			return VerificationRequestStatus::Abandoned;
		}
		if ($this->status === VerificationRequestStatus::Approved
			&& $now >= ($this->decidedAt ?? $this->createdAt) + self::APPROVAL_LIFETIME) {
			return VerificationRequestStatus::Expired;
		}
		return $this->status;
	}

	public function withStatus(VerificationRequestStatus $status): self {
		return $this->with(['status' => $status]);
	}

	/**
	 * A copy with some fields changed.
	 *
	 * @param array<string, mixed> $changes constructor argument name => value
	 */
	public function with(array $changes): self {
		return new self(...array_merge(get_object_vars($this), $changes));
	}
}
