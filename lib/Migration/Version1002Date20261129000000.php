<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Migration;

use Closure;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCP\DB\ISchemaWrapper;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\DB\Types;
use OCP\IDBConnection;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * Turns vv_requests into the verification record: the file, who may see the record
 * once the share is gone, when the sharer answered and decided, the decision, the
 * checklist, how access was released, when it was first used and when the share was
 * deleted. Renames the status "pending" to "requested" in stored rows.
 *
 * Every new column may be null or has a default, so that rows from before keep working
 * (Oracle: no NOT NULL column without a default on a table with rows).
 */
class Version1002Date20261129000000 extends SimpleMigrationStep {
	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		if (!$schema->hasTable(VerificationRequestMapper::TABLE)) {
			return null;
		}
		$table = $schema->getTable(VerificationRequestMapper::TABLE);
		if ($table->hasColumn('file_id')) {
			return null;
		}
		$table->addColumn('file_id', Types::BIGINT, [
			'notnull' => true,
			'unsigned' => true,
			'default' => 0,
		]);
		$table->addColumn('share_owner', Types::STRING, [
			'notnull' => false,
			'length' => 64,
		]);
		$table->addColumn('shared_by', Types::STRING, [
			'notnull' => false,
			'length' => 64,
		]);
		foreach (['answered_at', 'decided_at', 'first_used_at', 'share_deleted_at'] as $column) {
			$table->addColumn($column, Types::BIGINT, [
				'notnull' => false,
				'unsigned' => true,
			]);
		}
		$table->addColumn('decided_by', Types::STRING, [
			'notnull' => false,
			'length' => 64,
		]);
		// JSON: {faceMatchesId, idFeaturesChecked, knownPerson, note (at most 500 characters)}
		$table->addColumn('checklist', Types::TEXT, [
			'notnull' => false,
		]);
		$table->addColumn('released_by', Types::STRING, [
			'notnull' => false,
			'length' => 16,
		]);
		$table->addIndex(['file_id', 'created_at'], 'vv_req_file');
		return $schema;
	}

	public function postSchemaChange(IOutput $output, Closure $schemaClosure, array $options): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(VerificationRequestMapper::TABLE)
			->set('status', $qb->createNamedParameter('requested', IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('status', $qb->createNamedParameter('pending', IQueryBuilder::PARAM_STR)));
		$qb->executeStatement();
	}
}
