<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\RecordChainMapper;
use OCP\DB\Exception;

/**
 * Checks the whole record chain, from the anchor to the head as it was when the check
 * began, in keyset pages (memory stays flat however long the chain is), and names the
 * first record that does not match.
 */
class RecordChainVerifier {
	private const PAGE = 1000;

	private RecordHasher $hasher;

	public function __construct(
		private RecordChainMapper $mapper,
		?RecordHasher $hasher = null,
	) {
		$this->hasher = $hasher ?? new RecordHasher();
	}

	/**
	 * @throws Exception
	 */
	public function verify(): ChainVerification {
		$anchor = $this->mapper->point(RecordChainMapper::ANCHOR) ?? ['seq' => 0, 'hash' => RecordChainMapper::GENESIS];
		$headRow = $this->mapper->point(RecordChainMapper::HEAD);
		$head = $headRow ?? ['seq' => 0, 'hash' => RecordChainMapper::GENESIS];
		if ($headRow === null && $this->mapper->chainPage(0, 1) !== []) {
			// sealed records but no head: the chain's rows were removed
			return new ChainVerification(0, $anchor['seq'], 0, $head['hash'], ChainVerification::HEAD_MISMATCH, null, 0);
		}
		$previousHash = $anchor['hash'];
		$expected = $anchor['seq'] + 1;
		$checked = 0;
		$lastRequestId = null;
		$broken = static function (string $problem, ?string $requestId, ?int $seq) use (&$checked, $anchor, $head): ChainVerification {
			return new ChainVerification($checked, $anchor['seq'], $head['seq'], $head['hash'], $problem, $requestId, $seq);
		};

		while ($expected <= $head['seq']) {
			$rows = $this->mapper->chainPage($expected - 1, self::PAGE);
			if ($rows === []) {
				break;
			}
			foreach ($rows as $row) {
				$seq = (int)$row['chain_seq'];
				if ($seq > $head['seq']) {
					// sealed after the check began
					break 2;
				}
				$requestId = (string)$row['request_id'];
				if ($seq !== $expected) {
					return $broken(ChainVerification::MISSING, $requestId, $expected);
				}
				if (!hash_equals($this->hasher->hash($previousHash, $seq, $row), (string)$row['record_hash'])) {
					return $broken(ChainVerification::ALTERED, $requestId, $seq);
				}
				$previousHash = (string)$row['record_hash'];
				$lastRequestId = $requestId;
				$expected++;
				$checked++;
			}
		}

		if ($expected - 1 !== $head['seq'] || !hash_equals($head['hash'], $previousHash)) {
			return $broken(ChainVerification::HEAD_MISMATCH, $lastRequestId, $expected - 1);
		}
		$unsealed = $this->mapper->unsealedFinal(1);
		if ($unsealed !== []) {
			return $broken(ChainVerification::UNSEALED, $unsealed[0], null);
		}
		return new ChainVerification($checked, $anchor['seq'], $head['seq'], $head['hash']);
	}
}
