<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

use OCP\AppFramework\Http\Attribute\AnonRateLimit;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use PHPUnit\Framework\TestCase;

/**
 * The security attributes of every route of ours, read from the controllers and checked
 * against our OpenAPI documents. A route added later is covered without being named here,
 * except that a new public route must also be added to PUBLIC_OPERATIONS on purpose.
 */
class RouteSecurityTest extends TestCase {
	/**
	 * The operations anyone may call without logging in (the recipient on the share page).
	 * Adding one here is a security decision: review it.
	 */
	public const PUBLIC_OPERATIONS = [
		'request-create',
		'request-show',
		'request-cancel',
		'request-progress',
		'request-password',
		'callback-ask',
		'callback-show',
	];

	/**
	 * Routes that may skip the CSRF check: the admin's CSV download and a record's certificate,
	 * plain links (a browser download cannot send headers), GET, for those who may read the
	 * records only. Neither changes anything but that the certificate stores an end that
	 * already holds (a request past its expiry), as the background job would.
	 */
	public const CSRF_EXEMPT_OPERATIONS = ['record_export-download', 'certificate-download'];

	public function testThereAreRoutesToCheck(): void {
		$this->assertGreaterThanOrEqual(5, count(OurRoutes::controllerRoutes()));
		$this->assertNotSame([], OurRoutes::openApiFiles());
	}

	public function testEveryControllerRouteIsDocumentedAndEveryDocumentedOperationHasARoute(): void {
		$ocsRoutes = array_filter(OurRoutes::controllerRoutes(), static fn (array $r): bool => $r['ocs']);

		$this->assertSame(array_keys($ocsRoutes), array_keys(OurRoutes::openApiOperations()),
			'"VERB path" of every #[ApiRoute] equals the operations of openapi*.json');
	}

	public function testOperationIdsFollowTheExtractorsNaming(): void {
		$operations = OurRoutes::openApiOperations();
		foreach (OurRoutes::controllerRoutes() as $key => $route) {
			if (isset($operations[$key])) {
				$this->assertSame($route['operationId'], $operations[$key]['operationId'], $key);
			}
		}
	}

	public static function routes(): array {
		$cases = [];
		foreach (OurRoutes::controllerRoutes() as $key => $route) {
			$cases[$route['operationId']] = [$key];
		}
		return $cases;
	}

	/**
	 * @dataProvider routes
	 */
	public function testPublicOnlyWhereIntended(string $key): void {
		$route = OurRoutes::controllerRoutes()[$key];
		$method = OurRoutes::method($key);
		$isPublic = $method->getAttributes(PublicPage::class) !== [];

		$this->assertSame(in_array($route['operationId'], self::PUBLIC_OPERATIONS, true), $isPublic,
			"$key: #[PublicPage] only on the operations of RouteSecurityTest::PUBLIC_OPERATIONS");
		$operation = OurRoutes::openApiOperations()[$key] ?? null;
		if ($operation !== null) {
			$this->assertSame($isPublic, $operation['anonymous'], "$key: openapi security allows anonymous calls exactly when the route is public");
		}
	}

	/**
	 * @dataProvider routes
	 */
	public function testPublicRoutesHaveBruteForceProtectionAndRateLimits(string $key): void {
		$method = OurRoutes::method($key);
		if ($method->getAttributes(PublicPage::class) === []) {
			$this->assertSame([], $method->getAttributes(AnonRateLimit::class), "$key: an anonymous limit on a route that needs a login means nothing");
			return;
		}
		$bruteForce = $method->getAttributes(BruteForceProtection::class);
		$this->assertNotSame([], $bruteForce, "$key: a public route has #[BruteForceProtection]");
		foreach ($bruteForce as $attribute) {
			$this->assertNotSame('', $attribute->newInstance()->getAction(), $key);
		}
		$anon = $method->getAttributes(AnonRateLimit::class);
		$this->assertCount(1, $anon, "$key: a public route has #[AnonRateLimit]");
		$this->assertGreaterThan(0, $anon[0]->newInstance()->getLimit());
		$this->assertGreaterThan(0, $anon[0]->newInstance()->getPeriod());
		$this->assertCount(1, $method->getAttributes(UserRateLimit::class), "$key: logged-in callers of a public route are limited too");

		$operation = OurRoutes::openApiOperations()[$key] ?? null;
		if ($operation !== null) {
			$this->assertArrayHasKey('429', $operation['operation']['responses'], "$key: openapi documents the 429 of throttling and rate limits");
		}
	}

	/**
	 * @dataProvider routes
	 */
	public function testCsrfIsCheckedUnlessExempted(string $key): void {
		$route = OurRoutes::controllerRoutes()[$key];
		$method = OurRoutes::method($key);

		$this->assertSame(in_array($route['operationId'], self::CSRF_EXEMPT_OPERATIONS, true), $method->getAttributes(NoCSRFRequired::class) !== [],
			"$key: #[NoCSRFRequired] only on the operations of CSRF_EXEMPT_OPERATIONS");
	}

	public static function loggedInChanges(): array {
		$cases = [];
		foreach (OurRoutes::controllerRoutes() as $key => $route) {
			$method = OurRoutes::method($key);
			if ($route['verb'] !== 'GET' && $method->getAttributes(PublicPage::class) === [] && $method->getAttributes(NoAdminRequired::class) !== []) {
				$cases[$route['operationId']] = [$key];
			}
		}
		return $cases;
	}

	/**
	 * A change any logged-in user can make is rate limited; admin-only routes are not
	 * (Nextcloud's own admin settings are not either).
	 *
	 * @dataProvider loggedInChanges
	 */
	public function testLoggedInChangesAreRateLimited(string $key): void {
		$method = OurRoutes::method($key);
		$limits = $method->getAttributes(UserRateLimit::class);
		$this->assertCount(1, $limits, "$key: a change by a logged-in user has #[UserRateLimit]");
		$operation = OurRoutes::openApiOperations()[$key] ?? null;
		if ($operation !== null) {
			$this->assertArrayHasKey('429', $operation['operation']['responses'], "$key: openapi documents the 429 of the rate limit");
		}
	}

	public function testSecretsAreNeverUrlParameters(): void {
		$offending = [];
		$names = 0;
		foreach (OurRoutes::controllerRoutes() as $key => $route) {
			$operation = OurRoutes::openApiOperations()[$key]['operation'] ?? [];
			preg_match_all('/\{(\w+)\}/', $route['path'], $inPath);
			$parameters = [...OurRoutes::parameters($operation, 'path'), ...OurRoutes::parameters($operation, 'query')];
			foreach ([...array_column($parameters, 'name'), ...$inPath[1]] as $name) {
				$names++;
				if (preg_match('/secret|password|passwd|nonce/i', (string)$name) === 1) {
					$offending[] = "$key: $name";
				}
			}
		}

		$this->assertGreaterThan(0, $names);
		$this->assertSame([], $offending, 'URLs end up in logs and referrers; secrets go in a header or the body');
	}

	public function testPasswordAndSecretParametersAreSensitive(): void {
		$sensitive = 0;
		$offending = [];
		foreach (OurRoutes::controllerRoutes() as $key => $route) {
			foreach (OurRoutes::method($key)->getParameters() as $parameter) {
				if (preg_match('/secret|password|passwd/i', $parameter->getName()) !== 1) {
					continue;
				}
				$sensitive++;
				if ($parameter->getAttributes(\SensitiveParameter::class) === []) {
					$offending[] = "$key: \$" . $parameter->getName();
				}
			}
		}

		$this->assertGreaterThan(0, $sensitive, 'the share password of the settings update at least');
		$this->assertSame([], $offending, '#[\\SensitiveParameter] keeps them out of logged stack traces');
	}
}
