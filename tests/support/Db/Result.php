<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Exception as DbalBaseException;
use Doctrine\DBAL\Result as DbalResult;
use OCP\DB\IResult;
use PDO;

/**
 * A query result (Nextcloud's OC\DB\ResultAdapter).
 */
final class Result implements IResult {
	public function __construct(
		private DbalResult $inner,
	) {
	}

	public function closeCursor(): bool {
		$this->inner->free();
		return true;
	}

	public function fetch(int $fetchMode = PDO::FETCH_ASSOC) {
		return match ($fetchMode) {
			PDO::FETCH_ASSOC => $this->call(fn () => $this->inner->fetchAssociative()),
			PDO::FETCH_NUM => $this->call(fn () => $this->inner->fetchNumeric()),
			PDO::FETCH_COLUMN => $this->call(fn () => $this->inner->fetchOne()),
			default => throw new \InvalidArgumentException('Fetch mode not supported'),
		};
	}

	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC): array {
		return match ($fetchMode) {
			PDO::FETCH_ASSOC => $this->fetchAllAssociative(),
			PDO::FETCH_NUM => $this->fetchAllNumeric(),
			PDO::FETCH_COLUMN => $this->fetchFirstColumn(),
			default => throw new \InvalidArgumentException('Fetch mode not supported'),
		};
	}

	public function fetchColumn() {
		return $this->fetchOne();
	}

	public function fetchAssociative(): array|false {
		return $this->call(fn () => $this->inner->fetchAssociative());
	}

	public function fetchNumeric(): array|false {
		return $this->call(fn () => $this->inner->fetchNumeric());
	}

	public function fetchOne() {
		return $this->call(fn () => $this->inner->fetchOne());
	}

	public function fetchAllAssociative(): array {
		return $this->call(fn () => $this->inner->fetchAllAssociative());
	}

	public function fetchAllNumeric(): array {
		return $this->call(fn () => $this->inner->fetchAllNumeric());
	}

	public function fetchFirstColumn(): array {
		return $this->call(fn () => $this->inner->fetchFirstColumn());
	}

	public function rowCount(): int {
		return (int)$this->call(fn () => $this->inner->rowCount());
	}

	public function iterateNumeric(): \Traversable {
		while (($row = $this->fetchNumeric()) !== false) {
			yield $row;
		}
	}

	public function iterateAssociative(): \Traversable {
		while (($row = $this->fetchAssociative()) !== false) {
			yield $row;
		}
	}

	/**
	 * @template T
	 * @param callable(): T $operation
	 * @return T
	 */
	private function call(callable $operation) {
		try {
			return $operation();
		} catch (DbalBaseException $e) {
			throw DbalException::wrap($e);
		}
	}
}
