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
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * Creates vv_requests: one row per recipient's verification request.
 *
 * The state lives here and not in a cache so that every server of a cluster sees it and
 * later steps (approval, the verification record) can build on it. Short index names
 * for Oracle (30 characters).
 */
class Version1001Date20261128000000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		if ($schema->hasTable(VerificationRequestMapper::TABLE)) {
			return null;
		}

		$table = $schema->createTable(VerificationRequestMapper::TABLE);
		$table->addColumn('id', Types::BIGINT, [
			'autoincrement' => true,
			'notnull' => true,
			'unsigned' => true,
		]);
		$table->addColumn('request_id', Types::STRING, [
			'notnull' => true,
			'length' => 32,
		]);
		// hex SHA-256 HMACs
		$table->addColumn('secret_hash', Types::STRING, [
			'notnull' => true,
			'length' => 64,
		]);
		$table->addColumn('session_hash', Types::STRING, [
			'notnull' => true,
			'length' => 64,
		]);
		$table->addColumn('code', Types::STRING, [
			'notnull' => true,
			'length' => 6,
		]);
		$table->addColumn('status', Types::STRING, [
			'notnull' => true,
			'length' => 16,
		]);
		$table->addColumn('mode', Types::STRING, [
			'notnull' => true,
			'length' => 16,
		]);
		$table->addColumn('created_at', Types::BIGINT, [
			'notnull' => true,
			'unsigned' => true,
		]);
		$table->addColumn('expires_at', Types::BIGINT, [
			'notnull' => true,
			'unsigned' => true,
		]);
		$table->addColumn('share_id', Types::BIGINT, [
			'notnull' => true,
			'unsigned' => true,
		]);
		// oc_share.token is 32 characters long
		$table->addColumn('share_token', Types::STRING, [
			'notnull' => true,
			'length' => 32,
		]);
		$table->addColumn('file_name', Types::STRING, [
			'notnull' => true,
			'length' => 255,
		]);
		// 64 characters, up to 4 bytes each where a database counts bytes
		$table->addColumn('requester_name', Types::STRING, [
			'notnull' => true,
			'length' => 256,
		]);
		$table->addColumn('requester_email', Types::STRING, [
			'notnull' => false,
			'length' => 255,
		]);
		$table->setPrimaryKey(['id']);
		$table->addUniqueIndex(['request_id'], 'vv_req_request_id');
		$table->addIndex(['share_id'], 'vv_req_share');
		$table->addIndex(['status', 'expires_at'], 'vv_req_status_exp');
		return $schema;
	}
}
