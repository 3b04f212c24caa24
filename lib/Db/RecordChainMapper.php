<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Db;

use OCP\DB\Exception;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * Reads and writes the record chain: its two rows in vv_record_chain ('head': the last
 * sealed record's place and hash; 'anchor': where the chain starts after retention) and
 * the chain columns of vv_requests (chain_seq, record_hash).
 */
class RecordChainMapper {
	public const TABLE = 'vv_record_chain';
	public const HEAD = 'head';
	public const ANCHOR = 'anchor';
	/** The hash the first record of an instance chains onto. */
	public const GENESIS = '0000000000000000000000000000000000000000000000000000000000000000';

	/** The vv_requests columns a record's hash covers, in hashing order. */
	public const HASHED_COLUMNS = [
		'request_id', 'code', 'status', 'mode', 'created_at', 'expires_at', 'share_id',
		'share_token', 'file_id', 'file_name', 'requester_name', 'requester_email', 'share_owner',
		'shared_by', 'answered_at', 'decided_at', 'decided_by', 'checklist', 'released_by',
		'first_used_at',
	];

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * Creates the head and anchor rows when they are missing (both at the genesis).
	 *
	 * @throws Exception
	 */
	public function ensureRows(): void {
		foreach ([self::HEAD, self::ANCHOR] as $name) {
			$this->db->insertIgnoreConflict(self::TABLE, ['name' => $name, 'seq' => 0, 'hash' => self::GENESIS]);
		}
	}

	/**
	 * Moves the head one place on, which holds the head row's write lock until the
	 * transaction ends: a second server sealing at the same time waits here (a row lock on
	 * PostgreSQL and MySQL, the database write lock on SQLite) and then reads our head.
	 *
	 * @return bool false when there is no head row
	 * @throws Exception
	 */
	public function advanceHead(): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('seq', $qb->func()->add('seq', $qb->createNamedParameter(1, IQueryBuilder::PARAM_INT)))
			->where($qb->expr()->eq('name', $qb->createNamedParameter(self::HEAD, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement() === 1;
	}

	/**
	 * @return array{seq: int, hash: string}|null
	 * @throws Exception
	 */
	public function point(string $name): ?array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('seq', 'hash')
			->from(self::TABLE)
			->where($qb->expr()->eq('name', $qb->createNamedParameter($name, IQueryBuilder::PARAM_STR)));
		$result = $qb->executeQuery();
		$row = $result->fetchAssociative();
		$result->closeCursor();
		return $row === false ? null : ['seq' => (int)$row['seq'], 'hash' => (string)$row['hash']];
	}

	/**
	 * @throws Exception
	 */
	public function setPoint(string $name, int $seq, string $hash): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('seq', $qb->createNamedParameter($seq, IQueryBuilder::PARAM_INT))
			->set('hash', $qb->createNamedParameter($hash, IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('name', $qb->createNamedParameter($name, IQueryBuilder::PARAM_STR)));
		$qb->executeStatement();
	}

	/**
	 * The hashed columns of one record as stored.
	 *
	 * @return array<string, mixed>|null
	 * @throws Exception
	 */
	public function hashedRow(string $requestId): ?array {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::HASHED_COLUMNS)
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)));
		$result = $qb->executeQuery();
		$row = $result->fetchAssociative();
		$result->closeCursor();
		return $row === false ? null : $row;
	}

	/**
	 * @throws Exception
	 */
	public function seal(string $requestId, int $seq, string $hash): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(VerificationRequestMapper::TABLE)
			->set('chain_seq', $qb->createNamedParameter($seq, IQueryBuilder::PARAM_INT))
			->set('record_hash', $qb->createNamedParameter($hash, IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('chain_seq'));
		if ($qb->executeStatement() !== 1) {
			throw new \RuntimeException('Record ' . $requestId . ' is missing or already sealed');
		}
	}

	/**
	 * Final records without a place in the chain, oldest row first.
	 *
	 * @return list<string> request ids
	 * @throws Exception
	 */
	public function unsealedFinal(int $limit): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('request_id')
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->isNull('chain_seq'))
			->andWhere($qb->expr()->in('status', $qb->createNamedParameter(
				array_values(array_map(
					static fn (VerificationRequestStatus $status): string => $status->value,
					array_filter(VerificationRequestStatus::cases(), static fn (VerificationRequestStatus $status): bool => $status->isFinal()),
				)),
				IQueryBuilder::PARAM_STR_ARRAY,
			)))
			->orderBy('id', 'ASC')
			->setMaxResults($limit);
		$result = $qb->executeQuery();
		$ids = [];
		while (($id = $result->fetchOne()) !== false) {
			$ids[] = (string)$id;
		}
		$result->closeCursor();
		return $ids;
	}

	/**
	 * Sealed records after $afterSeq in chain order, with their hashed columns.
	 *
	 * @return list<array<string, mixed>> rows with chain_seq, record_hash and HASHED_COLUMNS
	 * @throws Exception
	 */
	public function chainPage(int $afterSeq, int $limit): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('chain_seq', 'record_hash', ...self::HASHED_COLUMNS)
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->gt('chain_seq', $qb->createNamedParameter($afterSeq, IQueryBuilder::PARAM_INT)))
			->orderBy('chain_seq', 'ASC')
			->setMaxResults($limit);
		$result = $qb->executeQuery();
		$rows = $result->fetchAllAssociative();
		$result->closeCursor();
		return $rows;
	}

	/**
	 * The last place (at most $maxSeq) before which every sealed record was created before
	 * $cutoff: retention may remove the chain up to there and no further, so the chain that
	 * stays has no gap.
	 *
	 * @throws Exception
	 */
	public function lastSeqCreatedBefore(int $cutoff, int $maxSeq): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->min('chain_seq'))
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->isNotNull('chain_seq'))
			->andWhere($qb->expr()->gte('created_at', $qb->createNamedParameter($cutoff, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$firstKept = $result->fetchOne();
		$result->closeCursor();
		return $firstKept === null || $firstKept === false ? $maxSeq : min($maxSeq, (int)$firstKept - 1);
	}

	/**
	 * @throws Exception
	 */
	public function hashAt(int $seq): ?string {
		$qb = $this->db->getQueryBuilder();
		$qb->select('record_hash')
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->eq('chain_seq', $qb->createNamedParameter($seq, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$hash = $result->fetchOne();
		$result->closeCursor();
		return $hash === false || $hash === null ? null : (string)$hash;
	}

	/**
	 * @throws Exception
	 */
	public function countBetween(int $afterSeq, int $uptoSeq): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('*', 'n'))
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->gt('chain_seq', $qb->createNamedParameter($afterSeq, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->lte('chain_seq', $qb->createNamedParameter($uptoSeq, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$count = (int)$result->fetchOne();
		$result->closeCursor();
		return $count;
	}

	/**
	 * @return int how many records were removed
	 * @throws Exception
	 */
	public function deleteBetween(int $afterSeq, int $uptoSeq): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete(VerificationRequestMapper::TABLE)
			->where($qb->expr()->gt('chain_seq', $qb->createNamedParameter($afterSeq, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->lte('chain_seq', $qb->createNamedParameter($uptoSeq, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement();
	}
}
