<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\DB;

use PDO;

/**
 * Signature stub of OCP\DB\IResult (since 21.0.0).
 */
interface IResult {
	public function closeCursor(): bool;

	/**
	 * @return mixed
	 * @deprecated 28.0.0 use fetchAssociative, fetchNumeric or fetchOne
	 */
	public function fetch(int $fetchMode = PDO::FETCH_ASSOC);

	/**
	 * @return mixed[]
	 * @deprecated 28.0.0 use fetchAllAssociative, fetchAllNumeric or fetchFirstColumn
	 */
	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC): array;

	/**
	 * @return mixed
	 * @deprecated 21.0.0 use fetchOne
	 */
	public function fetchColumn();

	/**
	 * @return array<string, mixed>|false
	 * @since 28.0.0
	 */
	public function fetchAssociative(): array|false;

	/**
	 * @return list<mixed>|false
	 * @since 28.0.0
	 */
	public function fetchNumeric(): array|false;

	/**
	 * @return mixed the first column of the next row, false when there is none
	 */
	public function fetchOne();

	/**
	 * @return list<array<string,mixed>>
	 * @since 28.0.0
	 */
	public function fetchAllAssociative(): array;

	/**
	 * @return list<list<mixed>>
	 * @since 28.0.0
	 */
	public function fetchAllNumeric(): array;

	/**
	 * @return list<mixed>
	 * @since 28.0.0
	 */
	public function fetchFirstColumn(): array;

	public function rowCount(): int;

	/**
	 * @return \Traversable<list<mixed>>
	 * @since 28.0.0
	 */
	public function iterateNumeric(): \Traversable;

	/**
	 * @return \Traversable<array<string,mixed>>
	 * @since 28.0.0
	 */
	public function iterateAssociative(): \Traversable;
}
