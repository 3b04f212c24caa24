<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Http;

use OCA\VideoVerification\Demo\AppFramework\RouteTable;
use OCP\IURLGenerator;

/**
 * URLs of the demo instance (webroot "", no pretty URLs: /index.php/... as a fresh install).
 */
final class DemoUrlGenerator implements IURLGenerator {
	/** Nextcloud routes outside our apps that the demo serves. */
	private const CORE_ROUTES = [
		'core.login.showLoginForm' => '/index.php/login',
		'files.view.index' => '/index.php/apps/files/',
		'files_sharing.sharecontroller.showShare' => '/index.php/s/{token}',
		'files_sharing.sharecontroller.showAuthenticate' => '/index.php/s/{token}/authenticate/{redirect}',
		'files_sharing.sharecontroller.downloadShare' => '/index.php/s/{token}/download',
		'spreed.Page.showCall' => '/index.php/call/{token}',
	];

	public function __construct(
		private readonly RouteTable $routes,
		private readonly string $baseUrl,
	) {
	}

	public function linkToRoute(string $routeName, array $arguments = []): string {
		if (isset(self::CORE_ROUTES[$routeName])) {
			$query = $arguments;
			$url = preg_replace_callback('/\{(\w+)\}/', function (array $m) use ($arguments, &$query) {
				unset($query[$m[1]]);
				return rawurlencode((string)($arguments[$m[1]] ?? ''));
			}, self::CORE_ROUTES[$routeName]);
			return $url . ($query === [] ? '' : '?' . http_build_query($query));
		}
		$route = $this->routes->byName($routeName);
		if ($route === null) {
			throw new \InvalidArgumentException('Unknown route ' . $routeName);
		}
		return $route->url($arguments);
	}

	public function linkToRouteAbsolute(string $routeName, array $arguments = []): string {
		return $this->getAbsoluteURL($this->linkToRoute($routeName, $arguments));
	}

	public function linkToOCSRouteAbsolute(string $routeName, array $arguments = []): string {
		$route = $this->routes->byName($routeName, true);
		if ($route === null) {
			throw new \InvalidArgumentException('Unknown OCS route ' . $routeName);
		}
		return $this->getAbsoluteURL($route->url($arguments));
	}

	public function linkTo(string $appName, string $file, array $args = []): string {
		$url = ($appName === '' || $appName === 'core' ? '' : '/apps/' . $appName) . '/' . ltrim($file, '/');
		return $url . ($args === [] ? '' : '?' . http_build_query($args));
	}

	public function imagePath(string $appName, string $file): string {
		return ($appName === '' || $appName === 'core' ? '/core' : '/apps/' . $appName) . '/img/' . $file;
	}

	public function getAbsoluteURL(string $url): string {
		return $this->baseUrl . '/' . ltrim($url, '/');
	}

	public function linkToDocs(string $key): string {
		return 'https://docs.nextcloud.com/server/latest/go.php?to=' . rawurlencode($key);
	}

	public function linkToDefaultPageUrl(): string {
		return $this->getAbsoluteURL('/index.php/apps/files/');
	}

	public function getBaseUrl(): string {
		return $this->baseUrl;
	}

	public function getWebroot(): string {
		return '';
	}

	/**
	 * IURLGenerator::linkToRemote (since 34), as nextcloud/server's URLGenerator.
	 */
	public function linkToRemote(string $service): string {
		$remoteBase = $this->linkTo('', 'remote.php') . '/' . $service;
		return $this->getAbsoluteURL($remoteBase . (str_ends_with($service, '/') ? '' : '/'));
	}
}
