<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Exception as DbalBaseException;
use Doctrine\DBAL\ParameterType;
use Doctrine\DBAL\Statement;
use OCP\DB\IPreparedStatement;
use OCP\DB\IResult;
use PDO;

/**
 * A prepared statement (Nextcloud's OC\DB\PreparedStatement).
 */
final class PreparedStatement implements IPreparedStatement {
	private ?IResult $result = null;

	public function __construct(
		private Statement $statement,
	) {
	}

	public function closeCursor(): bool {
		return $this->result === null || $this->result->closeCursor();
	}

	public function fetch(int $fetchMode = PDO::FETCH_ASSOC) {
		return $this->currentResult()->fetch($fetchMode);
	}

	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC) {
		return $this->currentResult()->fetchAll($fetchMode);
	}

	public function fetchColumn() {
		return $this->currentResult()->fetchOne();
	}

	public function fetchOne() {
		return $this->currentResult()->fetchOne();
	}

	public function bindValue($param, $value, $type = ParameterType::STRING): bool {
		try {
			return $this->statement->bindValue($param, $value, $type);
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}

	public function bindParam($param, &$variable, $type = ParameterType::STRING, $length = null): bool {
		try {
			return $this->statement->bindParam($param, $variable, $type, $length);
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}

	public function execute($params = null): IResult {
		try {
			return $this->result = new Result($this->statement->executeQuery($params ?? []));
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}

	public function rowCount(): int {
		return $this->currentResult()->rowCount();
	}

	private function currentResult(): IResult {
		if ($this->result === null) {
			throw new \BadMethodCallException('The statement has not been executed');
		}
		return $this->result;
	}
}
