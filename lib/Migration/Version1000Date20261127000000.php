<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Migration;

use Closure;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * Creates vv_share_settings: one row per share with video verification on.
 *
 * Names stay short for Oracle (30 characters with the table prefix), and the boolean
 * column may be null because Oracle cannot store false in a NOT NULL boolean.
 */
class Version1000Date20261127000000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		if ($schema->hasTable(ShareSettingsMapper::TABLE)) {
			return null;
		}

		$table = $schema->createTable(ShareSettingsMapper::TABLE);
		$table->addColumn('share_id', Types::BIGINT, [
			'notnull' => true,
			'unsigned' => true,
		]);
		$table->addColumn('mode', Types::STRING, [
			'notnull' => true,
			'length' => 16,
		]);
		$table->addColumn('enabled_by', Types::STRING, [
			'notnull' => true,
			'length' => 64,
		]);
		$table->addColumn('enabled_at', Types::BIGINT, [
			'notnull' => true,
			'unsigned' => true,
		]);
		$table->addColumn('password_generated', Types::BOOLEAN, [
			'notnull' => false,
			'default' => false,
		]);
		$table->setPrimaryKey(['share_id']);
		return $schema;
	}
}
