<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Contract;

use InvalidArgumentException;

/**
 * One parsed OpenAPI 3.0 file: local `$ref` resolution and operation lookup by URL path.
 *
 * Parsing the Talk spec (1 MB) costs milliseconds, so every file is decoded once per
 * process and shared by all validators that name it.
 */
final class OpenApiDocument {
	/** @var array<string, self> keyed by real path, size and mtime */
	private static array $loaded = [];

	/** @var list<array{regex: string, template: string, names: list<string>}> most specific first */
	private array $routes = [];

	/** @var array<string, array<mixed>> */
	private array $refCache = [];

	/**
	 * @param array<string, mixed> $spec
	 */
	private function __construct(
		public readonly string $file,
		private readonly array $spec,
	) {
		$this->compileRoutes();
	}

	public static function load(string $file): self {
		$realPath = realpath($file);
		if ($realPath === false || !is_file($realPath)) {
			throw new InvalidArgumentException("OpenAPI spec not found: $file");
		}
		clearstatcache(true, $realPath);
		$key = $realPath . ':' . filesize($realPath) . ':' . filemtime($realPath);
		if (!isset(self::$loaded[$key])) {
			$json = file_get_contents($realPath);
			$spec = $json === false ? null : json_decode($json, true);
			if (!is_array($spec) || !isset($spec['openapi'], $spec['paths']) || !is_array($spec['paths'])) {
				throw new InvalidArgumentException("Not an OpenAPI document: $file");
			}
			if (!str_starts_with((string)$spec['openapi'], '3.0.')) {
				throw new InvalidArgumentException("Only OpenAPI 3.0 is supported, $file is {$spec['openapi']}");
			}
			self::$loaded[$key] = new self($realPath, SpecErrata::apply($realPath, $spec));
		}
		return self::$loaded[$key];
	}

	public function title(): string {
		return (string)($this->spec['info']['title'] ?? basename($this->file));
	}

	/**
	 * The path template whose pattern matches a URL path, with its decoded path parameters.
	 *
	 * @return array{template: string, params: array<string, string>}|null
	 */
	public function matchPath(string $urlPath): ?array {
		foreach ($this->routes as $route) {
			if (preg_match($route['regex'], $urlPath, $matches) === 1) {
				$params = [];
				foreach ($route['names'] as $i => $name) {
					$params[$name] = rawurldecode($matches[$i + 1]);
				}
				return ['template' => $route['template'], 'params' => $params];
			}
		}
		return null;
	}

	/**
	 * @return array<string, array<mixed>> lower-case method => operation object
	 */
	public function operations(string $template): array {
		$operations = [];
		foreach ($this->spec['paths'][$template] ?? [] as $method => $operation) {
			if (in_array($method, ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'], true)) {
				$operations[$method] = $operation;
			}
		}
		return $operations;
	}

	/**
	 * Parameters declared on the path item, overridden by those of the operation, each with
	 * the JSON pointer of its schema.
	 *
	 * @return list<array{parameter: array<mixed>, schemaPointer: string}>
	 */
	public function parameters(string $template, string $method): array {
		$byKey = [];
		$pathItemPointer = '#/paths/' . self::escape($template);
		foreach (['' => $this->spec['paths'][$template]['parameters'] ?? [], '/' . $method => $this->spec['paths'][$template][$method]['parameters'] ?? []] as $level => $list) {
			foreach ($list as $i => $parameter) {
				$pointer = $pathItemPointer . $level . '/parameters/' . $i;
				if (isset($parameter['$ref'])) {
					$pointer = $parameter['$ref'];
					$parameter = $this->resolve($parameter);
				}
				$byKey[$parameter['in'] . ':' . $parameter['name']] = ['parameter' => $parameter, 'schemaPointer' => $pointer . '/schema'];
			}
		}
		return array_values($byKey);
	}

	public static function escape(string|int $token): string {
		return str_replace(['~', '/'], ['~0', '~1'], (string)$token);
	}

	/**
	 * Follows `$ref` chains; only local references (`#/...`) exist in Nextcloud specs.
	 *
	 * @param array<mixed> $node
	 * @return array<mixed>
	 */
	public function resolve(array $node): array {
		while (isset($node['$ref']) && is_string($node['$ref'])) {
			$node = $this->target($node['$ref']);
		}
		return $node;
	}

	/**
	 * @return array<mixed>
	 */
	public function target(string $ref): array {
		if (isset($this->refCache[$ref])) {
			return $this->refCache[$ref];
		}
		if (!str_starts_with($ref, '#/')) {
			throw new InvalidArgumentException("Only local references are supported, got $ref in {$this->file}");
		}
		$node = $this->spec;
		foreach (explode('/', substr($ref, 2)) as $token) {
			$token = str_replace(['~1', '~0'], ['/', '~'], $token);
			if (!is_array($node) || !array_key_exists($token, $node)) {
				throw new InvalidArgumentException("Unresolvable reference $ref in {$this->file}");
			}
			$node = $node[$token];
		}
		if (!is_array($node)) {
			throw new InvalidArgumentException("Reference $ref does not point to an object in {$this->file}");
		}
		return $this->refCache[$ref] = $node;
	}

	public function hasSchema(string $name): bool {
		return isset($this->spec['components']['schemas'][$name]);
	}

	private function compileRoutes(): void {
		$routes = [];
		foreach (array_keys($this->spec['paths']) as $template) {
			$template = (string)$template;
			$names = [];
			$regex = '';
			$literalLength = 0;
			foreach (preg_split('/(\{[^}\/]+\})/', $template, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) as $part) {
				if ($part[0] === '{') {
					$names[] = substr($part, 1, -1);
					$regex .= '([^/]+)';
				} else {
					$regex .= preg_quote($part, '#');
					$literalLength += strlen($part);
				}
			}
			$routes[] = [
				'regex' => '#^' . $regex . '$#',
				'template' => $template,
				'names' => $names,
				'literal' => $literalLength,
			];
		}
		// A literal segment beats a placeholder, as in Nextcloud's router
		// (`/chat/{token}/share` before `/chat/{token}/{messageId}`).
		usort($routes, static fn (array $a, array $b): int => $b['literal'] <=> $a['literal']);
		$this->routes = array_map(
			static fn (array $route): array => ['regex' => $route['regex'], 'template' => $route['template'], 'names' => $route['names']],
			$routes,
		);
	}
}
