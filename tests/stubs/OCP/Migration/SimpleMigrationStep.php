<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Migration;

use Closure;
use OCP\DB\ISchemaWrapper;

/**
 * Signature stub of OCP\Migration\SimpleMigrationStep (since 13.0.0): a step that
 * does nothing unless a subclass overrides a phase.
 */
abstract class SimpleMigrationStep implements IMigrationStep {
	public function name(): string {
		return '';
	}

	public function description(): string {
		return '';
	}

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function preSchemaChange(IOutput $output, Closure $schemaClosure, array $options) {
	}

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 * @return null|ISchemaWrapper
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options) {
		return null;
	}

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function postSchemaChange(IOutput $output, Closure $schemaClosure, array $options) {
	}
}
