<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Query\Expression\CompositeExpression as DbalCompositeExpression;
use OCP\DB\QueryBuilder\ICompositeExpression;

/**
 * AND/OR of expressions (Nextcloud's OC\DB\QueryBuilder\CompositeExpression).
 */
final class CompositeExpression implements ICompositeExpression, \Countable {
	/**
	 * @param list<string|ICompositeExpression> $parts
	 */
	public function __construct(
		private string $type,
		private array $parts = [],
	) {
	}

	public function addMultiple(array $parts = []): ICompositeExpression {
		foreach ($parts as $part) {
			$this->add($part);
		}
		return $this;
	}

	public function add($part): ICompositeExpression {
		if ($part === null || (($part instanceof \Countable) && count($part) === 0)) {
			return $this;
		}
		$this->parts[] = $part;
		return $this;
	}

	public function count(): int {
		return count($this->parts);
	}

	public function getType(): string {
		return $this->type;
	}

	public function __toString(): string {
		if (count($this->parts) === 1) {
			return (string)$this->parts[0];
		}
		return '(' . implode(') ' . $this->type . ' (', array_map('strval', $this->parts)) . ')';
	}

	public static function and(array $parts): self {
		return new self(DbalCompositeExpression::TYPE_AND, array_values(array_filter($parts, static fn ($part) => $part !== null)));
	}

	public static function or(array $parts): self {
		return new self(DbalCompositeExpression::TYPE_OR, array_values(array_filter($parts, static fn ($part) => $part !== null)));
	}
}
