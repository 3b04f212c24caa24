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
 * "Ask to be called back" on an unanswered request: when the recipient asked, their
 * message, when their page last looked for the answer, and when the sharer called back.
 * All nullable: rows from before have no callback.
 */
class Version1003Date20261130000000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		if (!$schema->hasTable(VerificationRequestMapper::TABLE)) {
			return null;
		}
		$table = $schema->getTable(VerificationRequestMapper::TABLE);
		if ($table->hasColumn('callback_requested_at')) {
			return null;
		}
		foreach (['callback_requested_at', 'callback_polled_at', 'callback_started_at'] as $column) {
			$table->addColumn($column, Types::BIGINT, [
				'notnull' => false,
				'unsigned' => true,
			]);
		}
		// At most 500 characters (CallbackService); TEXT so multibyte text always fits.
		$table->addColumn('callback_message', Types::TEXT, [
			'notnull' => false,
		]);
		return $schema;
	}
}
