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
 * Liveness and Talk's word on the call: when the recipient's page last polled (an open
 * request whose page stopped polling is abandoned), the token of the Talk room the request
 * was bound to when Talk created it, and how many wrong share passwords were typed in
 * password mode. Rows from before have none of it.
 */
class Version1004Date20261207000000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		if (!$schema->hasTable(VerificationRequestMapper::TABLE)) {
			return null;
		}
		$table = $schema->getTable(VerificationRequestMapper::TABLE);
		if ($table->hasColumn('last_seen_at')) {
			return null;
		}
		$table->addColumn('last_seen_at', Types::BIGINT, [
			'notnull' => false,
			'unsigned' => true,
		]);
		// Talk's room tokens are at most 32 characters (spreed lib/Model/Room, `token` column).
		$table->addColumn('talk_room_token', Types::STRING, [
			'notnull' => false,
			'length' => 64,
		]);
		$table->addColumn('wrong_passwords', Types::SMALLINT, [
			'notnull' => true,
			'default' => 0,
			'unsigned' => true,
		]);
		$table->addIndex(['talk_room_token'], 'vv_requests_room');
		return $schema;
	}
}
