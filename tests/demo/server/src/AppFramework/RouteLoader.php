<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

/**
 * Reads `#[ApiRoute]` / `#[FrontpageRoute]` from an app's controllers like Nextcloud's
 * Router::loadAttributeRoutes: OCS routes live under /ocs/v2.php (and v1) + root
 * (default /apps/{app}), front-page routes under /index.php + root.
 */
final class RouteLoader {
	private const API_ROUTE = 'OCP\\AppFramework\\Http\\Attribute\\ApiRoute';
	private const FRONTPAGE_ROUTE = 'OCP\\AppFramework\\Http\\Attribute\\FrontpageRoute';

	/**
	 * @return list<Route>
	 */
	public function load(string $appName, string $directory, string $namespace): array {
		$routes = [];
		foreach (glob(rtrim($directory, '/') . '/*Controller.php') ?: [] as $file) {
			$class = rtrim($namespace, '\\') . '\\' . basename($file, '.php');
			if (!class_exists($class)) {
				continue;
			}
			$routes = array_merge($routes, $this->routesOf($appName, new \ReflectionClass($class)));
		}
		return $routes;
	}

	/**
	 * @param \ReflectionClass<object> $class
	 * @return list<Route>
	 */
	public function routesOf(string $appName, \ReflectionClass $class): array {
		$routes = [];
		$controllerName = lcfirst(substr($class->getShortName(), 0, -strlen('Controller')));
		foreach ($class->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
			foreach ($method->getAttributes() as $attribute) {
				$isOcs = $attribute->getName() === self::API_ROUTE;
				if (!$isOcs && $attribute->getName() !== self::FRONTPAGE_ROUTE) {
					continue;
				}
				$arguments = $this->namedArguments($attribute);
				$root = $arguments['root'] ?? '/apps/' . $appName;
				$url = rtrim((string)$root, '/') . '/' . ltrim((string)$arguments['url'], '/');
				if ($url !== '/' && str_ends_with($url, '/') && (string)$arguments['url'] !== '/') {
					$url = rtrim($url, '/');
				}
				$name = $appName . '.' . $controllerName . '.' . $method->getName() . ($arguments['postfix'] ?? '');
				$prefixes = $isOcs ? ['/ocs/v2.php', '/ocs/v1.php'] : ['/index.php'];
				foreach ($prefixes as $prefix) {
					$routes[] = new Route(
						$name,
						$appName,
						strtoupper((string)$arguments['verb']),
						$prefix . $url,
						$isOcs,
						$class->getName(),
						$method->getName(),
						(array)($arguments['requirements'] ?? []),
						(array)($arguments['defaults'] ?? []),
					);
				}
			}
		}
		return $routes;
	}

	/**
	 * Maps positional arguments onto Route's constructor order (verb, url, requirements,
	 * defaults, root, postfix) so the stub's bodies do not matter.
	 *
	 * @return array<string, mixed>
	 */
	private function namedArguments(\ReflectionAttribute $attribute): array {
		$order = ['verb', 'url', 'requirements', 'defaults', 'root', 'postfix'];
		$named = [];
		foreach ($attribute->getArguments() as $key => $value) {
			$named[is_int($key) ? $order[$key] : $key] = $value;
		}
		return $named;
	}
}
