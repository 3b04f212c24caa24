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
 * The callback columns of vv_requests. Each write is a compare-and-set, so that asking
 * twice, or two sharers calling back at once, changes the row once.
 */
class CallbackMapper {
	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * @throws Exception
	 */
	public function find(string $requestId): ?Callback {
		$qb = $this->db->getQueryBuilder();
		$qb->select('callback_requested_at', 'callback_message', 'callback_polled_at', 'callback_started_at')
			->from(VerificationRequestMapper::TABLE)
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNotNull('callback_requested_at'));
		$result = $qb->executeQuery();
		$row = $result->fetchAssociative();
		$result->closeCursor();
		if ($row === false) {
			return null;
		}
		return new Callback(
			$requestId,
			(int)$row['callback_requested_at'],
			(string)($row['callback_message'] ?? ''),
			$row['callback_polled_at'] === null ? null : (int)$row['callback_polled_at'],
			$row['callback_started_at'] === null ? null : (int)$row['callback_started_at'],
		);
	}

	/**
	 * @return bool false when a callback was asked for already
	 * @throws Exception
	 */
	public function ask(string $requestId, int $now, string $message): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(VerificationRequestMapper::TABLE)
			->set('callback_requested_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->set('callback_polled_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->set('callback_message', $qb->createNamedParameter($message, IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('callback_requested_at'));
		return $qb->executeStatement() === 1;
	}

	/**
	 * @throws Exception
	 */
	public function touch(string $requestId, int $now): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(VerificationRequestMapper::TABLE)
			->set('callback_polled_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNotNull('callback_requested_at'));
		$qb->executeStatement();
	}

	/**
	 * @return bool false when nobody asked, or someone called back already
	 * @throws Exception
	 */
	public function start(string $requestId, int $now): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(VerificationRequestMapper::TABLE)
			->set('callback_started_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNotNull('callback_requested_at'))
			->andWhere($qb->expr()->isNull('callback_started_at'));
		return $qb->executeStatement() === 1;
	}
}
