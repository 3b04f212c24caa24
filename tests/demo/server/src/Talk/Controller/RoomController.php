<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Controller;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\ParticipantNotFound;
use OCA\VideoVerification\Demo\Talk\ParticipantResolver;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;
use OCA\VideoVerification\Demo\Talk\Service\ParticipantService;
use OCA\VideoVerification\Demo\Talk\Service\RecordingConfig;
use OCA\VideoVerification\Demo\Talk\Service\RoomFormatter;
use OCA\VideoVerification\Demo\Talk\SessionConflict;
use OCA\VideoVerification\Demo\Talk\Storage\AttendeeStore;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCS\OCSException;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * The parts of spreed's RoomController a call needs: read one room, join and leave it, and
 * (for a moderator) remove an attendee or switch the room's recording consent requirement.
 */
final class RoomController extends OCSController {
	private const TOKEN = '[a-z0-9]{4,30}';

	public function __construct(
		string $appName,
		IRequest $request,
		private readonly ParticipantService $participants,
		private readonly ParticipantResolver $resolver,
		private readonly RoomFormatter $formatter,
		private readonly RecordingConfig $recording,
		private readonly RoomStore $rooms,
		private readonly AttendeeStore $attendees,
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

	/**
	 * spreed RoomController::removeAttendeeFromRoom (#[PublicPage], #[RequireModeratorParticipant]:
	 * a caller who is no participant gets 404, one who is no moderator 403, as Talk's
	 * InjectionMiddleware::afterException answers: an OCSException, so `data` is `[]`), then
	 * ParticipantService::removeAttendee.
	 *
	 * @throws OCSException
	 */
	#[PublicPage]
	#[ApiRoute(verb: 'DELETE', url: '/api/{apiVersion}/room/{token}/attendees', requirements: ['apiVersion' => '(v4)', 'token' => self::TOKEN])]
	public function removeAttendeeFromRoom(string $token, int $attendeeId): DataResponse {
		try {
			$participant = $this->resolver->resolve($token);
		} catch (RoomNotFound|ParticipantNotFound) {
			throw new OCSException('', 404);
		}
		if (!$participant->attendee->isModerator()) {
			throw new OCSException('', 403);
		}
		$room = $participant->room;
		$target = $this->attendees->byId($attendeeId);
		if ($target === null || $target->roomId !== $room->id) {
			return new DataResponse(['error' => 'participant'], 404);
		}
		if (in_array($room->type, [Room::TYPE_ONE_TO_ONE, Room::TYPE_ONE_TO_ONE_FORMER], true)) {
			return new DataResponse(['error' => 'room-type'], 400);
		}
		if ($target->id === $participant->attendee->id) {
			$error = $this->participants->removeSelf($participant);
			return match ($error) {
				null => new DataResponse(null),
				'last-moderator' => new DataResponse(['error' => $error], 400),
				'participant' => new DataResponse(['error' => $error], 404),
			};
		}
		if ($target->participantType === Attendee::OWNER) {
			return new DataResponse(['error' => 'owner'], 403);
		}
		$this->participants->removeAttendee($room, $target);
		return new DataResponse(null);
	}

	/**
	 * spreed RoomController::setRecordingConsent with RoomService::setRecordingConsent: only 0
	 * or 1, not switched on while a call runs, and only where a recording server makes Talk's
	 * consent rule apply (412 `config`, as Talk's openapi.json declares).
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'PUT', url: '/api/{apiVersion}/room/{token}/recording-consent', requirements: ['apiVersion' => '(v4)', 'token' => self::TOKEN])]
	public function setRecordingConsent(string $token, int $recordingConsent): DataResponse {
		try {
			$participant = $this->resolver->resolve($token);
		} catch (RoomNotFound|ParticipantNotFound) {
			return new DataResponse(null, 404);
		}
		if (!$participant->attendee->isModerator()) {
			return new DataResponse(null, 403);
		}
		if ($this->recording->recordingConsentRequired() === RecordingConfig::CONSENT_REQUIRED_NO) {
			return new DataResponse(['error' => 'config'], 412);
		}
		$room = $participant->room;
		if ($recordingConsent !== $room->recordingConsent) {
			if (!in_array($recordingConsent, [RecordingConfig::CONSENT_REQUIRED_NO, RecordingConfig::CONSENT_REQUIRED_YES], true)) {
				return new DataResponse(['error' => 'value'], 400);
			}
			if ($recordingConsent === RecordingConfig::CONSENT_REQUIRED_YES && $room->hasCall()) {
				return new DataResponse(['error' => 'call'], 400);
			}
			$this->rooms->setRecordingConsent($room->id, $recordingConsent);
		}
		return new DataResponse($this->formatter->format($this->resolver->resolve($token)));
	}
}
