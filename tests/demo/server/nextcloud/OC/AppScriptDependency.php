<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OC;

/**
 * Stand-in following nextcloud/server lib/private/AppScriptDependency.php (commit
 * 001260223e544b6b583cbd9a9a87f11273c1642d): an app's scripts and the apps they load after
 * (OCP\Util::addScript's $afterAppId).
 */
class AppScriptDependency {
	private string $id;
	private array $deps;
	private bool $visited;

	public function __construct(string $id, array $deps = [], bool $visited = false) {
		$this->id = $id;
		$this->deps = $deps;
		$this->visited = $visited;
	}

	public function getId(): string {
		return $this->id;
	}

	public function getDeps(): array {
		return $this->deps;
	}

	public function addDep(string $dep): void {
		if (!in_array($dep, $this->deps, true)) {
			$this->deps[] = $dep;
		}
	}

	public function isVisited(): bool {
		return $this->visited;
	}

	public function setVisited(bool $visited): void {
		$this->visited = $visited;
	}
}
