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
use OCA\VideoVerification\Demo\Talk\Service\SignalingConfig;
use OCA\VideoVerification\Demo\Talk\Service\SignalingService;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * spreed's SignalingController: the settings a client needs to connect, and internal
 * signaling (send, long-poll pull). Both signaling routes answer 400 when an external
 * signaling server (High Performance Backend) is configured.
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
		$ticket = bin2hex(random_bytes(16));
		return new DataResponse([
			'signalingMode' => $servers === [] ? 'internal' : 'external',
			'userId' => $userId,
			'hideWarning' => false,
			'server' => $servers[0] ?? '',
			'ticket' => $ticket,
			'helloAuthParams' => [
				'1.0' => ['userid' => $userId, 'ticket' => $ticket],
				'2.0' => ['token' => ''],
			],
			'stunservers' => $this->config->stunServers(),
			'turnservers' => $this->config->turnServers(),
			'sipDialinInfo' => '',
			'federation' => null,
		]);
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
