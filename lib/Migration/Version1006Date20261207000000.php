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
 * The ID document check and how the recipient called: the security-feature prompts drawn
 * for the request (JSON list of prompt keys), the one the recipient is shown now, and
 * whether the call carried video or audio only. All nullable: older rows had none.
 */
class Version1006Date20261207000000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();
		if (!$schema->hasTable(VerificationRequestMapper::TABLE)) {
			return null;
		}
		$table = $schema->getTable(VerificationRequestMapper::TABLE);
		if ($table->hasColumn('id_check_prompts')) {
			return null;
		}
		$table->addColumn('id_check_prompts', Types::STRING, [
			'notnull' => false,
			'length' => 255,
		]);
		$table->addColumn('id_check_step', Types::SMALLINT, [
			'notnull' => false,
			'unsigned' => true,
		]);
		$table->addColumn('call_media', Types::STRING, [
			'notnull' => false,
			'length' => 8,
		]);
		return $schema;
	}
}
