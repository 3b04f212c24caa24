<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

/**
 * One URL of an app's controller method, as read from its route attribute.
 */
final class Route {
	/**
	 * @param array<string, string> $requirements
	 * @param array<string, mixed> $defaults
	 */
	public function __construct(
		public readonly string $name,
		public readonly string $appName,
		public readonly string $verb,
		public readonly string $path,
		public readonly bool $isOcs,
		public readonly string $controllerClass,
		public readonly string $methodName,
		public readonly array $requirements,
		public readonly array $defaults,
	) {
	}

	/**
	 * @return array<string, string>|null the URL parameters when $path matches
	 */
	public function match(string $method, string $path): ?array {
		if (strtoupper($method) !== $this->verb) {
			return null;
		}
		$names = [];
		$regex = preg_replace_callback('/\\\\\{(\w+)\\\\\}/', function (array $m) use (&$names) {
			$names[] = $m[1];
			return '(?P<' . $m[1] . '>' . ($this->requirements[$m[1]] ?? '[^/]+') . ')';
		}, preg_quote($this->path, '#'));
		if (preg_match('#^' . $regex . '$#', $path, $matches) !== 1) {
			return null;
		}
		$parameters = [];
		foreach ($names as $name) {
			$parameters[$name] = rawurldecode($matches[$name]);
		}
		return $parameters;
	}

	/**
	 * @param array<string, mixed> $arguments
	 */
	public function url(array $arguments): string {
		$query = $arguments;
		$url = preg_replace_callback('/\{(\w+)\}/', function (array $m) use ($arguments, &$query) {
			unset($query[$m[1]]);
			return rawurlencode((string)($arguments[$m[1]] ?? ''));
		}, $this->path);
		return $url . ($query === [] ? '' : '?' . http_build_query($query));
	}
}
