<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OC;

use Psr\Log\LoggerInterface;

/**
 * Stand-in following nextcloud/server lib/private/AppScriptSort.php (commit
 * 001260223e544b6b583cbd9a9a87f11273c1642d), which OCP\Util::getScripts asks for: the apps'
 * scripts in the order of their dependencies (a depth-first topological sort).
 */
class AppScriptSort {
	public function __construct(
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @param array<string, list<string>> $scripts app => script paths
	 * @param array<string, AppScriptDependency> $scriptDeps
	 * @return array<string, list<string>> the scripts, apps in dependency order
	 */
	public function sort(array $scripts, array $scriptDeps): array {
		$sortedScriptDeps = [];
		foreach ($scriptDeps as $app) {
			$parents = [];
			$this->topSortVisit($app, $parents, $scriptDeps, $sortedScriptDeps);
		}
		$sortedScripts = [];
		foreach ($sortedScriptDeps as $app) {
			$sortedScripts[$app] = $scripts[$app] ?? [];
		}
		foreach (array_keys($scripts) as $app) {
			if (!isset($sortedScripts[$app])) {
				$sortedScripts[$app] = $scripts[$app];
			}
		}
		return $sortedScripts;
	}

	private function topSortVisit(AppScriptDependency $app, array &$parents, array &$scriptDeps, array &$sortedScriptDeps): void {
		if (isset($parents[$app->getId()])) {
			$this->logger->error('Circular dependency in app scripts at app ' . $app->getId());
		}
		if (!$app->isVisited()) {
			$parents[$app->getId()] = true;
			$app->setVisited(true);
			foreach ($app->getDeps() as $dep) {
				if ($app->getId() === $dep) {
					continue;
				}
				if (isset($scriptDeps[$dep])) {
					$newParents = $parents;
					$this->topSortVisit($scriptDeps[$dep], $newParents, $scriptDeps, $sortedScriptDeps);
				}
			}
			$sortedScriptDeps[] = $app->getId();
		}
	}
}
