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
 * Reads and writes vv_requests (one row per verification request, kept as its record).
 */
class VerificationRequestMapper {
	public const TABLE = 'vv_requests';

	private const COLUMNS = [
		'request_id', 'secret_hash', 'session_hash', 'code', 'status', 'mode', 'created_at',
		'expires_at', 'share_id', 'share_token', 'file_name', 'requester_name', 'requester_email',
		'file_id', 'share_owner', 'shared_by', 'answered_at', 'decided_at', 'decided_by', 'checklist',
		'released_by', 'first_used_at', 'share_deleted_at', 'last_seen_at', 'talk_room_token',
		'wrong_passwords', 'chain_seq', 'record_hash', 'id_check_prompts', 'id_check_step', 'call_media',
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
		$values = [];
		foreach ($this->values($request) as $column => [$value, $type]) {
			$values[$column] = $qb->createNamedParameter($value, $type);
		}
		$qb->insert(self::TABLE)->values($values);
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
	 * The records of a file, newest first.
	 *
	 * @return list<VerificationRequest>
	 * @throws Exception
	 */
	public function findByFileId(int $fileId, int $limit): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('file_id', $qb->createNamedParameter($fileId, IQueryBuilder::PARAM_INT)))
			->orderBy('created_at', 'DESC')
			->addOrderBy('id', 'DESC')
			->setMaxResults($limit);
		return $this->fetchAll($qb);
	}

	/**
	 * Every request of a share.
	 *
	 * @return list<VerificationRequest>
	 * @throws Exception
	 */
	public function findByShareId(int $shareId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC');
		return $this->fetchAll($qb);
	}

	/**
	 * Live open requests of a share: requested or ringing, not expired, and polled by the
	 * recipient's page within VerificationRequest::LIVENESS_SECONDS (rows from before
	 * liveness have no poll time and count until they expire).
	 *
	 * @throws Exception
	 */
	public function countOpen(int $shareId, int $now): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('*', 'open'))
			->from(self::TABLE)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->in('status', $qb->createNamedParameter(
				[VerificationRequestStatus::Requested->value, VerificationRequestStatus::Ringing->value],
				IQueryBuilder::PARAM_STR_ARRAY,
			)))
			->andWhere($qb->expr()->gt('expires_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->orX(
				$qb->expr()->isNull('last_seen_at'),
				$qb->expr()->gt('last_seen_at', $qb->createNamedParameter($now - VerificationRequest::LIVENESS_SECONDS, IQueryBuilder::PARAM_INT)),
			));
		$result = $qb->executeQuery();
		$count = (int)$result->fetchOne();
		$result->closeCursor();
		return $count;
	}

	/**
	 * Records that the recipient's page polled an open request (no compare-and-set: only the
	 * time moves, and only while the request is open).
	 *
	 * @throws Exception
	 */
	public function touch(string $requestId, int $now): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('last_seen_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('request_id', $qb->createNamedParameter($requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->in('status', $qb->createNamedParameter(
				[VerificationRequestStatus::Requested->value, VerificationRequestStatus::Ringing->value],
				IQueryBuilder::PARAM_STR_ARRAY,
			)));
		$qb->executeStatement();
	}

	/**
	 * The request bound to a Talk room.
	 *
	 * @throws Exception
	 */
	public function findByTalkRoom(string $roomToken): ?VerificationRequest {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('talk_room_token', $qb->createNamedParameter($roomToken, IQueryBuilder::PARAM_STR)))
			->setMaxResults(1);
		$result = $qb->executeQuery();
		$row = $result->fetchAssociative();
		$result->closeCursor();
		return $row === false ? null : $this->fromRow($row);
	}

	/**
	 * Requests that are stale but not yet stored so: open ones at or past their expiry or
	 * whose page stopped polling,
	 * approvals not picked up within VerificationRequest::APPROVAL_LIFETIME of the decision.
	 * Keyset pages by row id, so a caller can walk them without offsets.
	 *
	 * @return array<int, VerificationRequest> row id => request, ascending
	 * @throws Exception
	 */
	public function findStale(int $now, int $afterId, int $limit): array {
		$qb = $this->db->getQueryBuilder();
		$expr = $qb->expr();
		$qb->select('id', ...self::COLUMNS)
			->from(self::TABLE)
			->where($expr->gt('id', $qb->createNamedParameter($afterId, IQueryBuilder::PARAM_INT)))
			->andWhere($expr->orX(
				$expr->andX(
					$expr->in('status', $qb->createNamedParameter(
						[VerificationRequestStatus::Requested->value, VerificationRequestStatus::Ringing->value],
						IQueryBuilder::PARAM_STR_ARRAY,
					)),
					$expr->orX(
						$expr->lte('expires_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT)),
						$expr->lte('last_seen_at', $qb->createNamedParameter($now - VerificationRequest::LIVENESS_SECONDS, IQueryBuilder::PARAM_INT)),
					),
				),
				$expr->andX(
					$expr->eq('status', $qb->createNamedParameter(VerificationRequestStatus::Approved->value, IQueryBuilder::PARAM_STR)),
					$expr->isNotNull('decided_at'),
					$expr->lte('decided_at', $qb->createNamedParameter($now - VerificationRequest::APPROVAL_LIFETIME, IQueryBuilder::PARAM_INT)),
				),
			))
			->orderBy('id', 'ASC')
			->setMaxResults($limit);
		return $this->fetchKeyed($qb);
	}

	/**
	 * Every record (or those created at or after $createdSince), in keyset pages by row id
	 * (for the export).
	 *
	 * @return array<int, VerificationRequest> row id => request, ascending
	 * @throws Exception
	 */
	public function findPage(int $afterId, int $limit, ?int $createdSince = null): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('id', ...self::COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->gt('id', $qb->createNamedParameter($afterId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC')
			->setMaxResults($limit);
		if ($createdSince !== null) {
			$qb->andWhere($qb->expr()->gte('created_at', $qb->createNamedParameter($createdSince, IQueryBuilder::PARAM_INT)));
		}
		return $this->fetchKeyed($qb);
	}

	/**
	 * Writes a request's new state, only if the row still has one of the expected
	 * statuses, so that of two servers racing on the same request exactly one wins.
	 *
	 * @return bool whether this call changed the row
	 * @throws Exception
	 */
	public function update(VerificationRequest $changed, VerificationRequestStatus ...$expected): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE);
		foreach ($this->values($changed) as $column => [$value, $type]) {
			if (in_array($column, ['status', 'answered_at', 'decided_at', 'decided_by', 'checklist', 'released_by', 'first_used_at', 'share_deleted_at', 'last_seen_at', 'talk_room_token', 'wrong_passwords', 'id_check_prompts', 'id_check_step'], true)) {
				$qb->set($column, $qb->createNamedParameter($value, $type));
			}
		}
		$qb->where($qb->expr()->eq('request_id', $qb->createNamedParameter($changed->requestId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->in('status', $qb->createNamedParameter(
				array_map(static fn (VerificationRequestStatus $status): string => $status->value, $expected),
				IQueryBuilder::PARAM_STR_ARRAY,
			)));
		return $qb->executeStatement() === 1;
	}

	/**
	 * @return array<string, array{0: mixed, 1: int}> column => [value, parameter type]
	 */
	private function values(VerificationRequest $request): array {
		$nullable = static fn (mixed $value, int $type): array => [$value, $value === null ? IQueryBuilder::PARAM_NULL : $type];
		return [
			'request_id' => [$request->requestId, IQueryBuilder::PARAM_STR],
			'secret_hash' => [$request->secretHash, IQueryBuilder::PARAM_STR],
			'session_hash' => [$request->sessionHash, IQueryBuilder::PARAM_STR],
			'code' => [$request->code, IQueryBuilder::PARAM_STR],
			'status' => [$request->status->value, IQueryBuilder::PARAM_STR],
			'mode' => [$request->mode->value, IQueryBuilder::PARAM_STR],
			'created_at' => [$request->createdAt, IQueryBuilder::PARAM_INT],
			'expires_at' => [$request->expiresAt, IQueryBuilder::PARAM_INT],
			'share_id' => [$request->shareId, IQueryBuilder::PARAM_INT],
			'share_token' => [$request->shareToken, IQueryBuilder::PARAM_STR],
			'file_name' => [$request->fileName, IQueryBuilder::PARAM_STR],
			'requester_name' => [$request->requesterName, IQueryBuilder::PARAM_STR],
			'requester_email' => $nullable($request->requesterEmail, IQueryBuilder::PARAM_STR),
			'file_id' => [$request->fileId, IQueryBuilder::PARAM_INT],
			'share_owner' => [$request->shareOwner, IQueryBuilder::PARAM_STR],
			'shared_by' => [$request->sharedBy, IQueryBuilder::PARAM_STR],
			'answered_at' => $nullable($request->answeredAt, IQueryBuilder::PARAM_INT),
			'decided_at' => $nullable($request->decidedAt, IQueryBuilder::PARAM_INT),
			'decided_by' => $nullable($request->decidedBy, IQueryBuilder::PARAM_STR),
			'checklist' => $nullable($request->checklist?->toJson(), IQueryBuilder::PARAM_STR),
			'released_by' => $nullable($request->releasedBy?->value, IQueryBuilder::PARAM_STR),
			'first_used_at' => $nullable($request->firstUsedAt, IQueryBuilder::PARAM_INT),
			'share_deleted_at' => $nullable($request->shareDeletedAt, IQueryBuilder::PARAM_INT),
			'last_seen_at' => $nullable($request->lastSeenAt, IQueryBuilder::PARAM_INT),
			'talk_room_token' => $nullable($request->talkRoomToken, IQueryBuilder::PARAM_STR),
			'wrong_passwords' => [$request->wrongPasswords, IQueryBuilder::PARAM_INT],
			// chain_seq and record_hash: written only by RecordChainMapper::seal
			'id_check_prompts' => $nullable($request->idCheck?->promptsJson(), IQueryBuilder::PARAM_STR),
			'id_check_step' => $nullable($request->idCheck?->step, IQueryBuilder::PARAM_INT),
			'call_media' => $nullable($request->callMedia?->value, IQueryBuilder::PARAM_STR),
		];
	}

	/**
	 * @return list<VerificationRequest>
	 */
	private function fetchAll(IQueryBuilder $qb): array {
		$result = $qb->executeQuery();
		$requests = [];
		while (($row = $result->fetchAssociative()) !== false) {
			$request = $this->fromRow($row);
			if ($request !== null) {
				$requests[] = $request;
			}
		}
		$result->closeCursor();
		return $requests;
	}

	/**
	 * @return array<int, VerificationRequest>
	 */
	private function fetchKeyed(IQueryBuilder $qb): array {
		$result = $qb->executeQuery();
		$requests = [];
		while (($row = $result->fetchAssociative()) !== false) {
			$request = $this->fromRow($row);
			if ($request !== null) {
				$requests[(int)$row['id']] = $request;
			}
		}
		$result->closeCursor();
		return $requests;
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private function fromRow(array $row): ?VerificationRequest {
		$status = VerificationRequestStatus::tryFrom((string)$row['status']);
		$mode = VerificationMode::tryFrom((string)$row['mode']);
		$releasedBy = $row['released_by'] === null ? null : ReleaseMethod::tryFrom((string)$row['released_by']);
		if ($status === null || $mode === null) {
			// Values we never write: treat the row as absent rather than guessing.
			return null;
		}
		$int = static fn (mixed $value): ?int => $value === null ? null : (int)$value;
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
			(int)($row['file_id'] ?? 0),
			(string)($row['share_owner'] ?? ''),
			(string)($row['shared_by'] ?? ''),
			$int($row['answered_at']),
			$int($row['decided_at']),
			$row['decided_by'] === null || $row['decided_by'] === '' ? null : (string)$row['decided_by'],
			Checklist::fromJson($row['checklist'] === null ? null : (string)$row['checklist']),
			$releasedBy,
			$int($row['first_used_at']),
			$int($row['share_deleted_at']),
			$int($row['last_seen_at'] ?? null),
			isset($row['talk_room_token']) && $row['talk_room_token'] !== '' ? (string)$row['talk_room_token'] : null,
			(int)($row['wrong_passwords'] ?? 0),
			$int($row['chain_seq'] ?? null),
			isset($row['record_hash']) ? (string)$row['record_hash'] : null,
			IdCheck::fromColumns(isset($row['id_check_prompts']) ? (string)$row['id_check_prompts'] : null, $row['id_check_step'] ?? null),
			isset($row['call_media']) ? CallMedia::tryFrom((string)$row['call_media']) : null,
		);
	}
}
