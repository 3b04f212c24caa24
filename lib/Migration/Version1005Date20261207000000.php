<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Migration;

use Closure;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\IDBConnection;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * Tamper-evident records and per-browser grants.
 *
 * vv_requests gets its place in the chain (chain_seq) and the record's hash; the chain's
 * head and the anchor where it starts (after retention) live in vv_record_chain. Records
 * that were already final are sealed in row order after the schema change.
 *
 * vv_grants: one row per browser session a verification unlocked a share for.
 */
class Version1005Date20261207000000 extends SimpleMigrationStep {
	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		$changed = false;
		if ($schema->hasTable(VerificationRequestMapper::TABLE)) {
			$requests = $schema->getTable(VerificationRequestMapper::TABLE);
			if (!$requests->hasColumn('chain_seq')) {
				$requests->addColumn('chain_seq', Types::BIGINT, [
					'notnull' => false,
					'unsigned' => true,
				]);
				// hex SHA-256
				$requests->addColumn('record_hash', Types::STRING, [
					'notnull' => false,
					'length' => 64,
				]);
				$requests->addUniqueIndex(['chain_seq'], 'vv_req_chain_seq');
				$changed = true;
			}
		}

		if (!$schema->hasTable(RecordChainMapper::TABLE)) {
			$chain = $schema->createTable(RecordChainMapper::TABLE);
			// 'head' (the last sealed record) or 'anchor' (the record the chain now starts after)
			$chain->addColumn('name', Types::STRING, [
				'notnull' => true,
				'length' => 16,
			]);
			$chain->addColumn('seq', Types::BIGINT, [
				'notnull' => true,
				'unsigned' => true,
				'default' => 0,
			]);
			$chain->addColumn('hash', Types::STRING, [
				'notnull' => true,
				'length' => 64,
			]);
			$chain->setPrimaryKey(['name']);
			$changed = true;
		}

		if (!$schema->hasTable(GrantMapper::TABLE)) {
			$grants = $schema->createTable(GrantMapper::TABLE);
			$grants->addColumn('id', Types::BIGINT, [
				'autoincrement' => true,
				'notnull' => true,
				'unsigned' => true,
			]);
			$grants->addColumn('request_id', Types::STRING, [
				'notnull' => true,
				'length' => 32,
			]);
			$grants->addColumn('share_id', Types::BIGINT, [
				'notnull' => true,
				'unsigned' => true,
			]);
			// keyed hash of the browser's session binding (not the PHP session id, which changes)
			$grants->addColumn('session_hash', Types::STRING, [
				'notnull' => true,
				'length' => 64,
			]);
			$grants->addColumn('created_at', Types::BIGINT, [
				'notnull' => true,
				'unsigned' => true,
			]);
			$grants->addColumn('last_used_at', Types::BIGINT, [
				'notnull' => true,
				'unsigned' => true,
			]);
			$grants->addColumn('ended_at', Types::BIGINT, [
				'notnull' => false,
				'unsigned' => true,
			]);
			$grants->addColumn('end_reason', Types::STRING, [
				'notnull' => false,
				'length' => 24,
			]);
			$grants->addColumn('ended_by', Types::STRING, [
				'notnull' => false,
				'length' => 64,
			]);
			$grants->setPrimaryKey(['id']);
			$grants->addIndex(['share_id', 'ended_at'], 'vv_grant_share');
			$grants->addIndex(['session_hash'], 'vv_grant_session');
			$grants->addUniqueIndex(['request_id'], 'vv_grant_request');
			$changed = true;
		}
		return $changed ? $schema : null;
	}

	public function postSchemaChange(IOutput $output, Closure $schemaClosure, array $options): void {
		$chain = new RecordChain($this->db, new RecordChainMapper($this->db));
		$chain->initialize();
		$sealed = $chain->sealUnsealed();
		if ($sealed > 0) {
			$output->info('Sealed ' . $sealed . ' finished verification records into the record chain');
		}
	}
}
