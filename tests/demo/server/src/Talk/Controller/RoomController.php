<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Controller;

use OCA\VideoVerification\Demo\Talk\ParticipantNotFound;
use OCA\VideoVerification\Demo\Talk\ParticipantResolver;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\Service\ParticipantService;
use OCA\VideoVerification\Demo\Talk\Service\RoomFormatter;
use OCA\VideoVerification\Demo\Talk\SessionConflict;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * The parts of spreed's RoomController a call needs: read one room, join and leave it.
 */
final class RoomController extends OCSController {
	private const TOKEN = '[a-z0-9]{4,30}';

	public function __construct(
		string $appName,
		IRequest $request,
		private readonly ParticipantService $participants,
		private readonly ParticipantResolver $resolver,
		private readonly RoomFormatter $formatter,
	) {
		parent::__construct($appName, $request);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'GET', url: '/api/{apiVersion}/room/{token}', requirements: ['apiVersion' => '(v4)', 'token' => self::TOKEN])]
	public function getSingleRoom(string $token): DataResponse {
		try {
			return new DataResponse($this->formatter->format($this->resolver->resolve($token)));
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		}
	}

	#[PublicPage]
	#[ApiRoute(verb: 'POST', url: '/api/{apiVersion}/room/{token}/participants/active', requirements: ['apiVersion' => '(v4)', 'token' => self::TOKEN])]
	public function joinRoom(string $token, string $password = '', bool $force = true): DataResponse {
		try {
			return new DataResponse($this->formatter->format($this->participants->joinRoom($token, $force)));
		} catch (RoomNotFound) {
			return new DataResponse(null, 404);
		} catch (SessionConflict $e) {
			return new DataResponse([
				'sessionId' => $e->existing->sessionId,
				'inCall' => $e->existing->inCall,
				'lastPing' => $e->existing->lastPing,
			], 409);
		}
	}

	#[PublicPage]
	#[ApiRoute(verb: 'DELETE', url: '/api/{apiVersion}/room/{token}/participants/active', requirements: ['apiVersion' => '(v4)', 'token' => self::TOKEN])]
	public function leaveRoom(string $token): DataResponse {
		$this->participants->leaveRoom($token);
		return new DataResponse(null);
	}
}
