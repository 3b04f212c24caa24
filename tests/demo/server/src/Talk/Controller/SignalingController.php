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
use OCA\VideoVerification\Demo\Talk\Service\SignalingBackend;
use OCA\VideoVerification\Demo\Talk\Service\SignalingConfig;
use OCA\VideoVerification\Demo\Talk\Service\SignalingService;
use OCA\VideoVerification\Demo\Talk\Service\SignalingTickets;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * spreed's SignalingController: the settings a client needs to connect, internal
 * signaling (send, long-poll pull), and the backend API the external signaling server
 * (High Performance Backend) calls. Both internal signaling routes answer 400 when an
 * external signaling server is configured.
 */
final class SignalingController extends OCSController {
	private const INTERNAL_DISABLED = 'Internal signaling disabled.';

	public function __construct(
		string $appName,
		IRequest $request,
		private readonly SignalingConfig $config,
		private readonly SignalingService $signaling,
		private readonly ParticipantResolver $resolver,
		private readonly IUserSession $userSession,
		private readonly SignalingTickets $tickets,
		private readonly SignalingBackend $backend,
		private readonly int $pullTimeoutSeconds = SignalingService::PULL_TIMEOUT_SECONDS,
	) {
		parent::__construct($appName, $request);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'GET', url: '/api/{apiVersion}/signaling/settings', requirements: ['apiVersion' => '(v3)'])]
	public function getSettings(string $token = ''): DataResponse {
		$userId = $this->userSession->getUser()?->getUID();
		if ($token !== '') {
			try {
				$this->resolver->resolve($token);
			} catch (RoomNotFound|ParticipantNotFound) {
				return new DataResponse(null, 404);
			}
		} elseif ($userId === null) {
			return new DataResponse(null, 401);
		}
		$servers = $this->config->externalServers();
		$user = $this->userSession->getUser();
		$ticket = $this->tickets->ticketV1($userId);
		$token = $servers === [] ? '' : $this->tickets->tokenV2($userId, $user === null ? null : ['displayname' => (string)$user->getDisplayName()]);
		return new DataResponse([
			'signalingMode' => $servers === [] ? 'internal' : 'external',
			'userId' => $userId,
			'hideWarning' => false,
			'server' => $servers[0] ?? '',
			'ticket' => $ticket,
			'helloAuthParams' => [
				'1.0' => ['userid' => $userId, 'ticket' => $ticket],
				'2.0' => ['token' => $token],
			],
			'stunservers' => $this->config->stunServers(),
			'turnservers' => $this->config->turnServers(),
			'sipDialinInfo' => '',
			'federation' => null,
		]);
	}

	/**
	 * Declared before sendMessages: `backend` also matches its token pattern. The raw body
	 * is read as Talk does, since the checksum covers its exact bytes.
	 */
	#[PublicPage]
	#[BruteForceProtection(action: 'talkSignalingSecret')]
	#[ApiRoute(verb: 'POST', url: '/api/{apiVersion}/signaling/backend', requirements: ['apiVersion' => '(v3)'])]
	public function backend(): DataResponse {
		$answer = $this->backend->handle(
			$this->request->getHeader('Spreed-Signaling-Random'),
			$this->request->getHeader('Spreed-Signaling-Checksum'),
			(string)file_get_contents('php://input'),
		);
		$response = new DataResponse($answer);
		if (($answer['error']['code'] ?? null) === 'invalid_request') {
			$response->throttle(['action' => 'talkSignalingSecret']);
		}
		return $response;
	}

	#[PublicPage]
	#[ApiRoute(verb: 'POST', url: '/api/{apiVersion}/signaling/{token}', requirements: ['apiVersion' => '(v3)', 'token' => '[a-z0-9]{4,30}'])]
	public function sendMessages(string $token, string $messages = ''): DataResponse {
		if (!$this->config->isInternal()) {
			return new DataResponse(self::INTERNAL_DISABLED, 400);
		}
		try {
			$this->signaling->send($token, $messages);
		} catch (\InvalidArgumentException $e) {
			return new DataResponse($e->getMessage(), 400);
		}
		return new DataResponse(null);
	}

	#[PublicPage]
	#[ApiRoute(verb: 'GET', url: '/api/{apiVersion}/signaling/{token}', requirements: ['apiVersion' => '(v3)', 'token' => '[a-z0-9]{4,30}'])]
	public function pullMessages(string $token): DataResponse {
		if (!$this->config->isInternal()) {
			return new DataResponse(self::INTERNAL_DISABLED, 400);
		}
		$result = $this->signaling->pull($token, $this->pullTimeoutSeconds);
		return new DataResponse($result['data'], $result['status']);
	}
}
