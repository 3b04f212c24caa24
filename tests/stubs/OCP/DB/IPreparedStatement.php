<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB;

use Doctrine\DBAL\ParameterType;
use PDO;

/**
 * Signature stub of OCP\DB\IPreparedStatement (since 21.0.0).
 */
interface IPreparedStatement {
	public function closeCursor(): bool;

	/**
	 * @return mixed
	 * @throws Exception
	 * @deprecated 21.0.0 use execute() and the returned IResult
	 */
	public function fetch(int $fetchMode = PDO::FETCH_ASSOC);

	/**
	 * @return mixed[]
	 * @throws Exception
	 * @deprecated 21.0.0 use execute() and the returned IResult
	 */
	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC);

	/**
	 * @return mixed
	 * @throws Exception
	 * @deprecated 21.0.0 use execute() and the returned IResult
	 */
	public function fetchColumn();

	/**
	 * @return mixed
	 * @throws Exception
	 * @deprecated 21.0.0 use execute() and the returned IResult
	 */
	public function fetchOne();

	/**
	 * @param int|string $param
	 * @param mixed $value
	 * @param int $type
	 * @throws Exception
	 */
	public function bindValue($param, $value, $type = ParameterType::STRING): bool;

	/**
	 * @param int|string $param
	 * @param mixed $variable
	 * @param int $type
	 * @param int|null $length
	 * @throws Exception
	 */
	public function bindParam($param, &$variable, $type = ParameterType::STRING, $length = null): bool;

	/**
	 * @param mixed[]|null $params
	 * @throws Exception
	 */
	public function execute($params = null): IResult;

	/**
	 * @throws Exception
	 * @deprecated 21.0.0 use execute() and the returned IResult
	 */
	public function rowCount(): int;
}
