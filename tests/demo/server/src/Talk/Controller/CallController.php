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
use OCA\VideoVerification\Demo\Talk\Service\CallService;
use OCA\VideoVerification\Demo\Talk\Service\RecordingConfig;
use OCA\VideoVerification\Demo\Talk\Service\StartCallRule;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * spreed's CallController: join, change, leave the call and list who is in it; every
 * action needs this browser's session in the room (404 otherwise, as RequireParticipant).
 * Joining needs `recordingConsent: true` where Talk's recording consent rule asks for it
 * (400 `{error: consent}`); the consent itself is not stored (spreed's ConsentService does).
 * Talk's start_calls rule (StartCallRule) answers 403 when calls are off.
 */
final class CallController extends OCSController {
	private const REQUIREMENTS = ['apiVersion' => '(v4)', 'token' => '[a-z0-9]{4,30}'];

	public function __construct(
		string $appName,
		IRequest $request,
		private readonly ParticipantResolver $resolver,
		private readonly CallService $calls,
		private readonly RecordingConfig $recording,
		private readonly StartCallRule $startCalls,
	) {
		parent::__construct($appName, $request);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'GET', url: '/api/{apiVersion}/call/{token}', requirements: self::REQUIREMENTS)]
	public function getPeersForCall(string $token): DataResponse {
		try {
			return new DataResponse($this->calls->peers($this->resolver->resolveWithSession($token)->room));
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		}
	}

	#[PublicPage]
	#[ApiRoute(verb: 'POST', url: '/api/{apiVersion}/call/{token}', requirements: self::REQUIREMENTS)]
	public function joinCall(string $token, ?int $flags = null, bool $silent = false, bool $recordingConsent = false): DataResponse {
		// spreed's InjectionMiddleware (#[RequireCallEnabled]): calls switched off, before anything else
		if (!$this->startCalls->callsEnabled()) {
			return new DataResponse(null, 403);
		}
		if ($flags !== null && ($flags < 0 || $flags > 15)) {
			return new DataResponse(['error' => 'flags'], 400);
		}
		try {
			$participant = $this->resolver->resolve($token);
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		}
		// As spreed's validateRecordingConsent: after finding the participant, before the session check
		if (!$recordingConsent && $this->recording->joinNeedsConsent($participant->room->recordingConsent)) {
			return new DataResponse(['error' => 'consent'], 400);
		}
		if ($participant->session === null) {
			return new DataResponse(null, 404);
		}
		// spreed's Listener/RestrictStartingCalls (ForbiddenException 'Can not start a call')
		if (!$this->startCalls->mayStartOrJoin($participant->room, $participant->attendee)) {
			return new DataResponse(null, 403);
		}
		$this->calls->joinCall($participant, $flags, $silent);
		return new DataResponse(null);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'PUT', url: '/api/{apiVersion}/call/{token}', requirements: self::REQUIREMENTS)]
	public function updateCallFlags(string $token, int $flags = -1): DataResponse {
		if ($flags < 0 || $flags > 15) {
			return new DataResponse(null, 400);
		}
		try {
			$this->calls->updateCallFlags($this->resolver->resolveWithSession($token), $flags);
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		} catch (\DomainException) {
			return new DataResponse(null, 400);
		}
		return new DataResponse(null);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'DELETE', url: '/api/{apiVersion}/call/{token}', requirements: self::REQUIREMENTS)]
	public function leaveCall(string $token, bool $all = false): DataResponse {
		try {
			$this->calls->leaveCall($this->resolver->resolveWithSession($token), $all);
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		}
		return new DataResponse(null);
	}
}
