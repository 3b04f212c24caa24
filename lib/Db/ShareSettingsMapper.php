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
 * Reads and writes vv_share_settings (one row per share with verification on).
 */
class ShareSettingsMapper {
	public const TABLE = 'vv_share_settings';

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * @throws Exception
	 */
	public function find(int $shareId): ?ShareSettings {
		$qb = $this->db->getQueryBuilder();
		$qb->select('share_id', 'mode', 'enabled_by', 'enabled_at', 'password_generated')
			->from(self::TABLE)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$row = $result->fetchAssociative();
		$result->closeCursor();

		if ($row === false) {
			return null;
		}
		$mode = VerificationMode::tryFrom((string)$row['mode']);
		if ($mode === null) {
			// A value we never write: treat the row as absent rather than guessing a mode.
			return null;
		}
		return new ShareSettings(
			(int)$row['share_id'],
			$mode,
			(string)$row['enabled_by'],
			(int)$row['enabled_at'],
			(bool)$row['password_generated'],
		);
	}

	/**
	 * Inserts the row, or replaces the row of the same share.
	 *
	 * @throws Exception
	 */
	public function save(ShareSettings $settings): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('mode', $qb->createNamedParameter($settings->mode->value, IQueryBuilder::PARAM_STR))
			->set('enabled_by', $qb->createNamedParameter($settings->enabledBy, IQueryBuilder::PARAM_STR))
			->set('enabled_at', $qb->createNamedParameter($settings->enabledAt, IQueryBuilder::PARAM_INT))
			->set('password_generated', $qb->createNamedParameter($settings->passwordGenerated, IQueryBuilder::PARAM_BOOL))
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($settings->shareId, IQueryBuilder::PARAM_INT)));
		if ($qb->executeStatement() > 0 || $this->find($settings->shareId) !== null) {
			return;
		}

		$insert = $this->db->getQueryBuilder();
		$insert->insert(self::TABLE)
			->values([
				'share_id' => $insert->createNamedParameter($settings->shareId, IQueryBuilder::PARAM_INT),
				'mode' => $insert->createNamedParameter($settings->mode->value, IQueryBuilder::PARAM_STR),
				'enabled_by' => $insert->createNamedParameter($settings->enabledBy, IQueryBuilder::PARAM_STR),
				'enabled_at' => $insert->createNamedParameter($settings->enabledAt, IQueryBuilder::PARAM_INT),
				'password_generated' => $insert->createNamedParameter($settings->passwordGenerated, IQueryBuilder::PARAM_BOOL),
			]);
		$insert->executeStatement();
	}

	/**
	 * @return bool whether a row was deleted
	 * @throws Exception
	 */
	public function delete(int $shareId): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->delete(self::TABLE)
			->where($qb->expr()->eq('share_id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement() > 0;
	}
}
