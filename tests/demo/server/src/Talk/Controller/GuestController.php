<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Controller;

use OCA\VideoVerification\Demo\Talk\ParticipantNotFound;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\Service\ParticipantService;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * spreed's GuestController: a guest names itself (403 for users, 404 without a session).
 */
final class GuestController extends OCSController {
	public function __construct(
		string $appName,
		IRequest $request,
		private readonly ParticipantService $participants,
	) {
		parent::__construct($appName, $request);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'POST', url: '/api/{apiVersion}/guest/{token}/name', requirements: ['apiVersion' => '(v1)', 'token' => '[a-z0-9]{4,30}'])]
	public function setDisplayName(string $token, string $displayName = ''): DataResponse {
		try {
			$this->participants->setGuestName($token, $displayName);
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		} catch (\DomainException) {
			return new DataResponse(null, 403);
		}
		return new DataResponse(null);
	}
}
