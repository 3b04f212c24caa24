<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

use OCP\IGroupManager;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The checks of Nextcloud's SecurityMiddleware::beforeController, driven by the method's
 * attributes: login unless #[PublicPage]; admin unless #[NoAdminRequired]; strict cookie
 * and CSRF token unless #[NoCSRFRequired], where OCS controllers also pass with the
 * `OCS-APIRequest: true` header.
 */
final class SecurityGuard {
	private const ATTRIBUTE_NAMESPACE = 'OCP\\AppFramework\\Http\\Attribute\\';

	public function __construct(
		private readonly IUserSession $userSession,
		private readonly IGroupManager $groupManager,
	) {
	}

	public function check(\ReflectionMethod $method, IRequest $request, bool $isOcsController): ?SecurityFailure {
		if (!self::has($method, 'PublicPage')) {
			$user = $this->userSession->getUser();
			if ($user === null) {
				return new SecurityFailure(SecurityFailure::NOT_LOGGED_IN, 401, 'Current user is not logged in');
			}
			$isAdmin = $this->groupManager->isAdmin($user->getUID());
			if (self::has($method, 'SubAdminRequired') && !$isAdmin) {
				return new SecurityFailure(SecurityFailure::NOT_ADMIN, 403, 'Logged in account must be an admin or sub admin');
			}
			if (!self::has($method, 'SubAdminRequired') && !self::has($method, 'NoAdminRequired')
				&& !self::has($method, 'AuthorizedAdminSetting') && !$isAdmin) {
				return new SecurityFailure(SecurityFailure::NOT_ADMIN, 403, 'Logged in account must be an admin');
			}
		}

		$noCsrf = self::has($method, 'NoCSRFRequired');
		if ((self::has($method, 'StrictCookiesRequired') || !$noCsrf) && !$request->passesStrictCookieCheck()) {
			return new SecurityFailure(SecurityFailure::STRICT_COOKIE, 412, 'Strict Cookie has not been found in request');
		}
		if (!$noCsrf && !$request->passesCSRFCheck()
			&& !($isOcsController && ($request->getHeader('OCS-APIREQUEST') === 'true' || str_starts_with($request->getHeader('Authorization'), 'Bearer ')))) {
			return new SecurityFailure(SecurityFailure::CSRF, 412, 'CSRF check failed');
		}
		return null;
	}

	public static function has(\ReflectionMethod $method, string $shortName): bool {
		return $method->getAttributes(self::ATTRIBUTE_NAMESPACE . $shortName) !== [];
	}

	/**
	 * @return list<array<string|int, mixed>> the arguments of every use of the attribute
	 */
	public static function argumentsOf(\ReflectionMethod $method, string $shortName): array {
		return array_map(fn (\ReflectionAttribute $a) => $a->getArguments(), $method->getAttributes(self::ATTRIBUTE_NAMESPACE . $shortName));
	}
}
