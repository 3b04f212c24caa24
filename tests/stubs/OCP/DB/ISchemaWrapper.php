<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB;

use Doctrine\DBAL\Exception;
use Doctrine\DBAL\Platforms\AbstractPlatform;

/**
 * Signature stub of OCP\DB\ISchemaWrapper (since 13.0.0): table names are given
 * without the instance's table prefix, which the wrapper prepends.
 */
interface ISchemaWrapper {
	/**
	 * @param string $tableName
	 * @return \Doctrine\DBAL\Schema\Table
	 * @throws \Doctrine\DBAL\Schema\SchemaException
	 */
	public function getTable($tableName);

	/**
	 * @param string $tableName Prefix is automatically prepended
	 * @return boolean
	 */
	public function hasTable($tableName);

	/**
	 * @param string $tableName Prefix is automatically prepended
	 * @return \Doctrine\DBAL\Schema\Table
	 */
	public function createTable($tableName);

	/**
	 * @param string $tableName Prefix is automatically prepended
	 * @return \Doctrine\DBAL\Schema\Schema
	 */
	public function dropTable($tableName);

	/**
	 * @return \Doctrine\DBAL\Schema\Table[]
	 */
	public function getTables();

	/**
	 * @return array table names, prefixed with the table prefix
	 */
	public function getTableNames();

	/**
	 * @return array table names without the prefix
	 */
	public function getTableNamesWithoutPrefix();

	/**
	 * @return AbstractPlatform
	 * @throws Exception
	 */
	public function getDatabasePlatform();
}
