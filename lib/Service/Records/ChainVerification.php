<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

/**
 * The outcome of checking the record chain: how many records matched, and where it first
 * breaks (if it does).
 */
final class ChainVerification {
	/** A record's stored facts no longer give its hash (or its hash was changed). */
	public const ALTERED = 'altered';
	/** Records are missing before this one (a place in the chain is skipped). */
	public const MISSING = 'missing';
	/** A final record has no place in the chain. */
	public const UNSEALED = 'unsealed';
	/** The last records of the chain are gone, or the head was changed. */
	public const HEAD_MISMATCH = 'head_mismatch';

	public function __construct(
		public readonly int $checked,
		/** place of the first record checked minus one (0 until retention removed records) */
		public readonly int $anchorSeq,
		public readonly int $headSeq,
		public readonly string $headHash,
		/** one of the constants, null when the chain is whole */
		public readonly ?string $problem = null,
		/** the record named by the problem (for HEAD_MISMATCH the last record that matched, if any) */
		public readonly ?string $requestId = null,
		/** the place in the chain where the problem is */
		public readonly ?int $seq = null,
	) {
	}

	public function isValid(): bool {
		return $this->problem === null;
	}

	public function describe(): string {
		return match ($this->problem) {
			null => sprintf('The record chain is whole: %d records checked, head %s at place %d.', $this->checked, $this->headHash, $this->headSeq),
			self::ALTERED => sprintf('Record %s (place %d) does not match its hash: it was changed after it was sealed.', $this->requestId, $this->seq),
			self::MISSING => sprintf('Records are missing before record %s: place %d is not in the chain.', $this->requestId, $this->seq),
			self::UNSEALED => sprintf('Record %s is final but has no place in the chain.', $this->requestId),
			self::HEAD_MISMATCH => sprintf('The chain ends at place %d but its head says %d: records at its end are missing or the head was changed.', $this->seq, $this->headSeq),
			default => 'Unknown problem',
		};
	}

	/**
	 * @return array{valid: bool, checked: int, anchorSeq: int, headSeq: int, headHash: string, problem: ?string, requestId: ?string, seq: ?int, message: string}
	 */
	public function toArray(): array {
		return [
			'valid' => $this->isValid(),
			'checked' => $this->checked,
			'anchorSeq' => $this->anchorSeq,
			'headSeq' => $this->headSeq,
			'headHash' => $this->headHash,
			'problem' => $this->problem,
			'requestId' => $this->requestId,
			'seq' => $this->seq,
			'message' => $this->describe(),
		];
	}
}
