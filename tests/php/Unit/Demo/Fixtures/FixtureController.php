<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Fixtures;

use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;

/**
 * One method per combination of security attributes the demo's guard must honour.
 */
class FixtureController extends OCSController {
	#[ApiRoute(verb: 'GET', url: '/admin-only')]
	public function adminOnly(): DataResponse {
		return new DataResponse();
	}

	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/users/{id}', requirements: ['id' => '\d+'])]
	public function anyUser(int $id): DataResponse {
		return new DataResponse(['id' => $id]);
	}

	#[PublicPage]
	#[NoCSRFRequired]
	#[ApiRoute(verb: 'GET', url: '/public')]
	public function publicNoCsrf(): DataResponse {
		return new DataResponse();
	}

	#[PublicPage]
	#[ApiRoute(verb: 'POST', url: '/public')]
	public function publicWithCsrf(): DataResponse {
		return new DataResponse();
	}
}
