<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

/**
 * All app routes of the demo instance: lookup by request and by route name.
 */
final class RouteTable {
	/** @var list<Route> */
	private array $routes = [];

	/**
	 * @param list<Route> $routes
	 */
	public function add(array $routes): void {
		$this->routes = array_merge($this->routes, $routes);
	}

	/**
	 * @return array{0: Route, 1: array<string, string>}|null
	 */
	public function match(string $method, string $path): ?array {
		foreach ($this->routes as $route) {
			$parameters = $route->match($method, $path);
			if ($parameters !== null) {
				return [$route, $parameters];
			}
		}
		return null;
	}

	/**
	 * Whether some route has this path with another verb (405 instead of 404).
	 */
	public function hasPath(string $path): bool {
		foreach ($this->routes as $route) {
			foreach (['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as $verb) {
				if ($route->match($verb, $path) !== null) {
					return true;
				}
			}
		}
		return false;
	}

	public function byName(string $name, bool $ocs = false, int $ocsVersion = 2): ?Route {
		foreach ($this->routes as $route) {
			if ($route->name === $name && (!$ocs || str_starts_with($route->path, '/ocs/v' . $ocsVersion . '.php'))) {
				return $route;
			}
		}
		return null;
	}

	/**
	 * @return list<Route>
	 */
	public function all(): array {
		return $this->routes;
	}
}
