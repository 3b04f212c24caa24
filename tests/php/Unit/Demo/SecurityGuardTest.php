<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo;

use OCA\VideoVerification\Demo\AppFramework\RouteLoader;
use OCA\VideoVerification\Demo\AppFramework\SecurityFailure;
use OCA\VideoVerification\Demo\AppFramework\SecurityGuard;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Ocp\User\DemoGroupManager;
use OCA\VideoVerification\Demo\Ocp\User\UserDirectory;
use OCA\VideoVerification\Tests\Unit\Demo\Fixtures\FixtureController;
use OCP\IUser;
use OCP\IUserSession;
use PHPUnit\Framework\TestCase;

class SecurityGuardTest extends TestCase {
	public function testLoginIsRequiredWithoutPublicPage(): void {
		$failure = $this->guard(null)->check($this->method('anyUser'), $this->request(['ocs-apirequest' => 'true']), true);

		$this->assertSame(SecurityFailure::NOT_LOGGED_IN, $failure?->kind);
		$this->assertSame(401, $failure?->status);
	}

	public function testAdminIsRequiredWithoutNoAdminRequired(): void {
		$failure = $this->guard('alice')->check($this->method('adminOnly'), $this->request(['ocs-apirequest' => 'true']), true);

		$this->assertSame(403, $failure?->status);
		$this->assertNull($this->guard('admin')->check($this->method('adminOnly'), $this->request(['ocs-apirequest' => 'true']), true));
	}

	public function testOcsHeaderReplacesTheCsrfTokenOnlyForOcsControllers(): void {
		$this->assertNull($this->guard('alice')->check($this->method('anyUser'), $this->request(['ocs-apirequest' => 'true']), true));
		$this->assertSame(SecurityFailure::CSRF, $this->guard('alice')->check($this->method('anyUser'), $this->request(['ocs-apirequest' => 'true']), false)?->kind);
		$this->assertSame(412, $this->guard('alice')->check($this->method('anyUser'), $this->request([]), true)?->status);
	}

	public function testPublicPageWithoutCsrfNeedsNothing(): void {
		$this->assertNull($this->guard(null)->check($this->method('publicNoCsrf'), $this->request([]), true));
		$this->assertSame(SecurityFailure::CSRF, $this->guard(null)->check($this->method('publicWithCsrf'), $this->request([]), true)?->kind);
	}

	public function testRouteLoaderReadsApiRoutesForBothOcsVersions(): void {
		$routes = (new RouteLoader())->routesOf('fixture', new \ReflectionClass(FixtureController::class));
		$paths = array_map(fn ($route) => $route->verb . ' ' . $route->path, $routes);

		$this->assertContains('GET /ocs/v2.php/apps/fixture/users/{id}', $paths);
		$this->assertContains('GET /ocs/v1.php/apps/fixture/users/{id}', $paths);
		$anyUser = array_values(array_filter($routes, fn ($route) => $route->methodName === 'anyUser'))[0];
		$this->assertSame(['id' => '12'], $anyUser->match('GET', '/ocs/v2.php/apps/fixture/users/12'));
		$this->assertNull($anyUser->match('GET', '/ocs/v2.php/apps/fixture/users/abc'));
	}

	private function method(string $name): \ReflectionMethod {
		return new \ReflectionMethod(FixtureController::class, $name);
	}

	/**
	 * @param array<string, string> $headers
	 */
	private function request(array $headers): DemoRequest {
		return new DemoRequest('GET', '/ocs/v2.php/apps/fixture/x', [], [], [], [], $headers, '', null, 'ocdemo');
	}

	private function guard(?string $uid): SecurityGuard {
		$directory = new UserDirectory();
		$user = $uid === null ? null : $directory->find($uid);
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user);
		return new SecurityGuard($session, new DemoGroupManager($directory));
	}
}
