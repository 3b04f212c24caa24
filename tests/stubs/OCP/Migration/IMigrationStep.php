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
 * Signature stub of OCP\Migration\IMigrationStep (since 13.0.0).
 */
interface IMigrationStep {
	/**
	 * Human-readable name of the migration step
	 *
	 * @since 14.0.0
	 */
	public function name(): string;

	/**
	 * Human-readable description of the migration step
	 *
	 * @since 14.0.0
	 */
	public function description(): string;

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 * @param array $options
	 */
	public function preSchemaChange(IOutput $output, Closure $schemaClosure, array $options);

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 * @param array $options
	 * @return null|ISchemaWrapper the changed schema, null when nothing changed
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options);

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 * @param array $options
	 */
	public function postSchemaChange(IOutput $output, Closure $schemaClosure, array $options);
}
