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
 * Reads and writes vv_requests (one row per verification request).
 */
class VerificationRequestMapper {
	public const TABLE = 'vv_requests';

	private const COLUMNS = [
		'request_id', 'secret_hash', 'session_hash', 'code', 'status', 'mode', 'created_at',
		'expires_at', 'share_id', 'share_token', 'file_name', 'requester_name', 'requester_email',
	];

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * @throws Exception
	 */
	public function insert(VerificationRequest $request): void {
		$qb = $this->db->getQueryBuilder();
		$qb->insert(self::TABLE)
			->values([
				'request_id' => $qb->createNamedParameter($request->requestId, IQueryBuilder::PARAM_STR),
				'secret_hash' => $qb->createNamedParameter($request->secretHash, IQueryBuilder::PARAM_STR),
				'session_hash' => $qb->createNamedParameter($request->sessionHash, IQueryBuilder::PARAM_STR),
				'code' => $qb->createNamedParameter($request->code, IQueryBuilder::PARAM_STR),
				'status' => $qb->createNamedParameter($request->status->value, IQueryBuilder::PARAM_STR),
				'mode' => $qb->createNamedParameter($request->mode->value, IQueryBuilder::PARAM_STR),
				'created_at' => $qb->createNamedParameter($request->createdAt, IQueryBuilder::PARAM_INT),
				'expires_at' => $qb->createNamedParameter($request->expiresAt, IQueryBuilder::PARAM_INT),
				'share_id' => $qb->createNamedParameter($request->shareId, IQueryBuilder::PARAM_INT),
				'share_token' => $qb->createNamedParameter($request->shareToken, IQueryBuilder::PARAM_STR),
				'file_name' => $qb->createNamedParameter($request->fileName, IQueryBuilder::PARAM_STR),
				'requester_name' => $qb->createNamedParameter($request->requesterName, IQueryBuilder::PARAM_STR),
				'requester_email' => $qb->createNamedParameter($request->requesterEmail, $request->requesterEmail === null ? IQueryBuilder::PARAM_NULL : IQueryBuilder::PARAM_STR),
			]);
		$qb->executeStatement();
	}

	/**
	 * @throws Exception
	 */
	public function find(string $requestId): ?VerificationRequest {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)));
		$result = $qb->executeQuery();
		$row = $result->fetchAssociative();
		$result->closeCursor();

		return $row === false ? null : $this->fromRow($row);
	}

	/**
	 * Pending requests of a share that have not expired yet.
	 *
	 * @throws Exception
	 */
	public function countOpen(int $shareId, int $now): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('*', 'open'))
			->from(self::TABLE)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('status', $qb->createNamedParameter(VerificationRequestStatus::Pending->value, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->gt('expires_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$count = (int)$result->fetchOne();
		$result->closeCursor();
		return $count;
	}

	/**
	 * Moves a request from one status to another, only if it still has the first one, so
	 * that of two servers racing on the same request exactly one wins.
	 *
	 * @return bool whether this call changed the row
	 * @throws Exception
	 */
	public function transition(string $requestId, VerificationRequestStatus $from, VerificationRequestStatus $to): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('status', $qb->createNamedParameter($to->value, IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('status', $qb->createNamedParameter($from->value, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement() === 1;
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private function fromRow(array $row): ?VerificationRequest {
		$status = VerificationRequestStatus::tryFrom((string)$row['status']);
		$mode = VerificationMode::tryFrom((string)$row['mode']);
		if ($status === null || $mode === null) {
			// Values we never write: treat the row as absent rather than guessing.
			return null;
		}
		return new VerificationRequest(
			(string)$row['request_id'],
			(string)$row['secret_hash'],
			(string)$row['session_hash'],
			(string)$row['code'],
			$status,
			$mode,
			(int)$row['created_at'],
			(int)$row['expires_at'],
			(int)$row['share_id'],
			(string)$row['share_token'],
			(string)$row['file_name'],
			(string)$row['requester_name'],
			$row['requester_email'] === null || $row['requester_email'] === '' ? null : (string)$row['requester_email'],
		);
	}
}
