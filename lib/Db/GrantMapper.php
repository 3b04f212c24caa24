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
 * Reads and writes vv_grants (one row per browser session a verification unlocked).
 */
class GrantMapper {
	public const TABLE = 'vv_grants';
	/** last_used_at is written at most this often (seconds) */
	public const TOUCH_INTERVAL = 60;

	private const COLUMNS = ['id', 'request_id', 'share_id', 'session_hash', 'created_at', 'last_used_at', 'ended_at', 'end_reason', 'ended_by'];

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * @return int the new grant's id
	 * @throws Exception
	 */
	public function insert(string $requestId, int $shareId, string $sessionHash, int $now): int {
		$qb = $this->db->getQueryBuilder();
		$qb->insert(self::TABLE)->values([
			'request_id' => $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR),
			'share_id' => $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT),
			'session_hash' => $qb->createNamedParameter($sessionHash, IQueryBuilder::PARAM_STR),
			'created_at' => $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT),
			'last_used_at' => $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT),
		]);
		$qb->executeStatement();
		return $qb->getLastInsertId();
	}

	/**
	 * @throws Exception
	 */
	public function find(int $id): ?Grant {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('id', $qb->createNamedParameter($id, IQueryBuilder::PARAM_INT)));
		return $this->fetchAll($qb)[0] ?? null;
	}

	/**
	 * The newest grant of a browser session for a share, active or not.
	 *
	 * @throws Exception
	 */
	public function findLatestOfSession(int $shareId, string $sessionHash): ?Grant {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('session_hash', $qb->createNamedParameter($sessionHash, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'DESC')
			->setMaxResults(1);
		return $this->fetchAll($qb)[0] ?? null;
	}

	/**
	 * @return list<Grant> the share's grants that have not ended, oldest first
	 * @throws Exception
	 */
	public function findActiveByShare(int $shareId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->isNull('ended_at'))
			->orderBy('id', 'ASC');
		return $this->fetchAll($qb);
	}

	/**
	 * Writes the last use when the stored one is at least TOUCH_INTERVAL old.
	 *
	 * @throws Exception
	 */
	public function touch(int $id, int $now): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('last_used_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('id', $qb->createNamedParameter($id, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->lte('last_used_at', $qb->createNamedParameter($now - self::TOUCH_INTERVAL, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->isNull('ended_at'));
		$qb->executeStatement();
	}

	/**
	 * Ends one grant if it is still active.
	 *
	 * @return bool whether this call ended it
	 * @throws Exception
	 */
	public function end(int $id, int $now, GrantEndReason $reason, ?string $by = null): bool {
		$qb = $this->db->getQueryBuilder();
		$this->setEnd($qb, $now, $reason, $by)
			->where($qb->expr()->eq('id', $qb->createNamedParameter($id, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->isNull('ended_at'));
		return $qb->executeStatement() === 1;
	}

	/**
	 * Ends every active grant of a share.
	 *
	 * @return int how many were ended
	 * @throws Exception
	 */
	public function endAllOfShare(int $shareId, int $now, GrantEndReason $reason, ?string $by = null): int {
		$qb = $this->db->getQueryBuilder();
		$this->setEnd($qb, $now, $reason, $by)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->isNull('ended_at'));
		return $qb->executeStatement();
	}

	private function setEnd(IQueryBuilder $qb, int $now, GrantEndReason $reason, ?string $by): IQueryBuilder {
		return $qb->update(self::TABLE)
			->set('ended_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->set('end_reason', $qb->createNamedParameter($reason->value, IQueryBuilder::PARAM_STR))
			->set('ended_by', $qb->createNamedParameter($by, $by === null ? IQueryBuilder::PARAM_NULL : IQueryBuilder::PARAM_STR));
	}

	/**
	 * @return list<Grant>
	 */
	private function fetchAll(IQueryBuilder $qb): array {
		$result = $qb->executeQuery();
		$grants = [];
		while (($row = $result->fetchAssociative()) !== false) {
			$grants[] = new Grant(
				(int)$row['id'],
				(string)$row['request_id'],
				(int)$row['share_id'],
				(string)$row['session_hash'],
				(int)$row['created_at'],
				(int)$row['last_used_at'],
				$row['ended_at'] === null ? null : (int)$row['ended_at'],
				$row['end_reason'] === null ? null : GrantEndReason::tryFrom((string)$row['end_reason']),
				$row['ended_by'] === null ? null : (string)$row['ended_by'],
			);
		}
		$result->closeCursor();
		return $grants;
	}
}
