<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Exception\RecordChainBrokenException;
use OCP\DB\Exception;
use OCP\IDBConnection;

/**
 * Seals records into the instance's one hash chain when they reach a final state, in the
 * same transaction as the state change, and cuts the chain's start when retention
 * removes old records (the anchor then holds the place and hash it continues from).
 *
 * Two servers finishing records at once are put in order by the head row's write lock
 * (RecordChainMapper::advanceHead), which works the same on SQLite, PostgreSQL and MySQL
 * through the query builder, without SELECT ... FOR UPDATE.
 */
class RecordChain {
	private const PAGE = 500;

	private RecordHasher $hasher;

	public function __construct(
		private IDBConnection $db,
		private RecordChainMapper $mapper,
		?RecordHasher $hasher = null,
	) {
		$this->hasher = $hasher ?? new RecordHasher();
	}

	/**
	 * @throws Exception
	 */
	public function initialize(): void {
		$this->mapper->ensureRows();
	}

	/**
	 * Runs a record's change to a final state and seals the record, both or neither.
	 *
	 * @param callable(): bool $write the state change; false when it did not happen
	 * @return bool what $write returned
	 * @throws Exception
	 */
	public function finish(string $requestId, callable $write): bool {
		$this->db->beginTransaction();
		try {
			if (!$write()) {
				$this->db->rollBack();
				return false;
			}
			$this->seal($requestId);
			$this->db->commit();
			return true;
		} catch (\Throwable $e) {
			if ($this->db->inTransaction()) {
				$this->db->rollBack();
			}
			throw $e;
		}
	}

	/**
	 * Seals final records that have no place in the chain yet (records that were final
	 * before the chain existed), in row order, each in its own transaction.
	 *
	 * @return int how many were sealed
	 * @throws Exception
	 */
	public function sealUnsealed(): int {
		$sealed = 0;
		do {
			$ids = $this->mapper->unsealedFinal(self::PAGE);
			foreach ($ids as $requestId) {
				$this->finish($requestId, static fn (): bool => true);
				$sealed++;
			}
		} while (count($ids) === self::PAGE);
		return $sealed;
	}

	/**
	 * Removes the sealed records at the start of the chain that were all created before
	 * $cutoff, and moves the anchor to the last one removed. A record created before the
	 * cutoff but sealed after a newer one stays until the records before it go, so the
	 * chain that stays never has a gap.
	 *
	 * @return int how many records were removed
	 * @throws RecordChainBrokenException when records are already missing from that stretch
	 * @throws Exception
	 */
	public function trimCreatedBefore(int $cutoff): int {
		$this->db->beginTransaction();
		try {
			$anchor = $this->mapper->point(RecordChainMapper::ANCHOR);
			$head = $this->mapper->point(RecordChainMapper::HEAD);
			if ($anchor === null || $head === null) {
				throw new RecordChainBrokenException('The record chain has no head or anchor row');
			}
			$last = $this->mapper->lastSeqCreatedBefore($cutoff, $head['seq']);
			if ($last <= $anchor['seq']) {
				$this->db->rollBack();
				return 0;
			}
			$present = $this->mapper->countBetween($anchor['seq'], $last);
			$lastHash = $this->mapper->hashAt($last);
			if ($present !== $last - $anchor['seq'] || $lastHash === null) {
				throw new RecordChainBrokenException(sprintf(
					'Records are missing between places %d and %d of the record chain; retention leaves them for the verifier to report',
					$anchor['seq'] + 1, $last,
				));
			}
			$removed = $this->mapper->deleteBetween($anchor['seq'], $last);
			$this->mapper->setPoint(RecordChainMapper::ANCHOR, $last, $lastHash);
			$this->db->commit();
			return $removed;
		} catch (\Throwable $e) {
			if ($this->db->inTransaction()) {
				$this->db->rollBack();
			}
			throw $e;
		}
	}

	/**
	 * @throws Exception
	 */
	private function seal(string $requestId): void {
		if (!$this->mapper->advanceHead()) {
			// The rows are made by the migration; an emptied table starts again at the genesis.
			// Were sealed records left, the next place collides with theirs (unique index): the
			// state change fails loudly and the verifier reports the head.
			$this->mapper->ensureRows();
			if (!$this->mapper->advanceHead()) {
				throw new \RuntimeException('The record chain has no head row');
			}
		}
		$head = $this->mapper->point(RecordChainMapper::HEAD);
		$row = $this->mapper->hashedRow($requestId);
		if ($head === null || $row === null) {
			throw new \RuntimeException('Cannot seal record ' . $requestId . ': the record or the chain head is missing');
		}
		// advanceHead moved the place on; the hash is still the previous record's.
		$hash = $this->hasher->hash($head['hash'], $head['seq'], $row);
		$this->mapper->seal($requestId, $head['seq'], $hash);
		$this->mapper->setPoint(RecordChainMapper::HEAD, $head['seq'], $hash);
	}
}
