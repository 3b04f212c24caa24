<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Demo\AppFramework\RouteLoader;

/**
 * Every route of our controllers (from their #[ApiRoute] / #[FrontpageRoute] attributes)
 * and every operation of our OpenAPI documents (all `openapi*.json` at the top level: the
 * extractor writes one per scope), so that the security tests cover routes added later
 * without being told about them.
 */
final class OurRoutes {
	public const OCS_PREFIX = '/ocs/v2.php/apps/' . Application::APP_ID;

	/**
	 * @return array<string, array{verb: string, path: string, class: class-string, method: string, operationId: string, ocs: bool}>
	 *         keyed "VERB path" (OCS routes: the /ocs/v2.php URL; v1 is the same method)
	 */
	public static function controllerRoutes(): array {
		$routes = [];
		$loader = new RouteLoader();
		foreach ($loader->load(Application::APP_ID, DemoApp::REPO_ROOT . '/lib/Controller', 'OCA\\VideoVerification\\Controller') as $route) {
			if (str_starts_with($route->path, '/ocs/v1.php/')) {
				continue;
			}
			$controller = (new \ReflectionClass($route->controllerClass))->getShortName();
			$routes[$route->verb . ' ' . $route->path] = [
				'verb' => $route->verb,
				'path' => $route->path,
				'class' => $route->controllerClass,
				'method' => $route->methodName,
				// openapi-extractor's naming: controller and method in snake_case
				'operationId' => self::snake(substr($controller, 0, -strlen('Controller'))) . '-' . self::snake($route->methodName),
				'ocs' => $route->isOcs,
			];
		}
		ksort($routes);
		return $routes;
	}

	/**
	 * @return array<string, array{verb: string, path: string, operationId: string, anonymous: bool, operation: array<string, mixed>, file: string}>
	 */
	public static function openApiOperations(): array {
		$operations = [];
		foreach (self::openApiFiles() as $file) {
			$document = json_decode((string)file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
			foreach ($document['paths'] ?? [] as $path => $item) {
				foreach ($item as $verb => $operation) {
					if (!in_array($verb, ['get', 'put', 'post', 'delete', 'patch'], true)) {
						continue;
					}
					$security = $operation['security'] ?? $document['security'] ?? [];
					$operations[strtoupper($verb) . ' ' . $path] = [
						'verb' => strtoupper($verb),
						'path' => $path,
						'operationId' => (string)($operation['operationId'] ?? ''),
						// an empty requirement object: callable without credentials
						'anonymous' => in_array([], $security, true) || $security === [],
						'operation' => $operation,
						'file' => basename($file),
					];
				}
			}
		}
		ksort($operations);
		return $operations;
	}

	/**
	 * @return list<string>
	 */
	public static function openApiFiles(): array {
		$files = glob(DemoApp::REPO_ROOT . '/openapi*.json') ?: [];
		// openapi-full.json repeats the scoped documents
		$scoped = array_values(array_filter($files, static fn (string $f): bool => basename($f) !== 'openapi-full.json'));
		return $scoped === [] ? $files : $scoped;
	}

	/**
	 * @param array<string, mixed> $operation
	 * @return list<array<string, mixed>> the parameters in the URL path, query and headers
	 */
	public static function parameters(array $operation, string $in): array {
		return array_values(array_filter($operation['parameters'] ?? [], static fn (array $p): bool => ($p['in'] ?? '') === $in && strcasecmp((string)$p['name'], 'OCS-APIRequest') !== 0));
	}

	/**
	 * @param array<string, mixed> $operation
	 * @return array<string, array<string, mixed>> JSON body properties => schema
	 */
	public static function bodyProperties(array $operation): array {
		return $operation['requestBody']['content']['application/json']['schema']['properties'] ?? [];
	}

	/**
	 * @return \ReflectionMethod the controller method behind "VERB path"
	 */
	public static function method(string $key): \ReflectionMethod {
		$route = self::controllerRoutes()[$key] ?? throw new \LogicException("No controller route $key");
		return new \ReflectionMethod($route['class'], $route['method']);
	}

	private static function snake(string $name): string {
		return strtolower((string)preg_replace('/(?<=[a-z0-9])([A-Z])/', '_$1', $name));
	}
}
