<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\DB\QueryBuilder\ConflictResolutionMode;
use OCP\DB\QueryBuilder\ITypedQueryBuilder;

/**
 * ITypedQueryBuilder (Nextcloud 34): the query builder whose selects name plain columns,
 * so that static analysis can type the rows (OC\DB\QueryBuilder\TypedQueryBuilder).
 * Loads only against nextcloud/ocp 34 and newer.
 */
final class TypedQueryBuilder extends QueryBuilder implements ITypedQueryBuilder {
	public function selectColumns(string ...$columns): self {
		$this->select(...$columns);
		return $this;
	}

	public function selectColumnsDistinct(string ...$columns): self {
		$this->selectDistinct($columns);
		return $this;
	}

	// ITypedQueryBuilder narrows these to return itself.
	public function selectAlias($select, $alias): self {
		parent::selectAlias($select, $alias);
		return $this;
	}

	public function hintShardKey(string $column, mixed $value, bool $overwrite = false): self {
		parent::hintShardKey($column, $value, $overwrite);
		return $this;
	}

	public function runAcrossAllShards(): self {
		parent::runAcrossAllShards();
		return $this;
	}

	public function forUpdate(ConflictResolutionMode $conflictResolutionMode = ConflictResolutionMode::Ordinary): self {
		parent::forUpdate($conflictResolutionMode);
		return $this;
	}
}
