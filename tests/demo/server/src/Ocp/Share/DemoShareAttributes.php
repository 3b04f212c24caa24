<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Share;

use OCP\Share\IAttributes;

final class DemoShareAttributes implements IAttributes {
	/** @var array<string, array<string, mixed>> */
	private array $attributes = [];

	public function setAttribute(string $scope, string $key, mixed $value): IAttributes {
		$this->attributes[$scope][$key] = $value;
		return $this;
	}

	public function getAttribute(string $scope, string $key): mixed {
		return $this->attributes[$scope][$key] ?? null;
	}

	public function toArray(): array {
		$result = [];
		foreach ($this->attributes as $scope => $keys) {
			foreach ($keys as $key => $value) {
				$result[] = ['scope' => $scope, 'key' => $key, 'value' => $value];
			}
		}
		return $result;
	}
}
