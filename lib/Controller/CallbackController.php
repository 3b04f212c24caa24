<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Callback\CallbackService;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\AnonRateLimit;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * "Ask to be called back" when nobody answered: the recipient asks and polls (secret
 * header and the browser session that made the request, as RequestController); the
 * sharer presses "Call back" (logged in, owner or initiator of the share).
 *
 * @psalm-import-type VideoVerificationCallback from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class CallbackController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private CallbackService $service,
		private IUserSession $userSession,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Ask to be called back
	 *
	 * Only for a request nobody answered (cancelled or expired at least a minute after it
	 * was made, never answered; one still open then is withdrawn first), once. The sharer
	 * gets a notification.
	 *
	 * @param string $requestId Id of the request
	 * @param mixed $message Optional message for the sharer, at most 500 characters
	 * @return DataResponse<Http::STATUS_CREATED, VideoVerificationCallback, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 201: The callback was asked for
	 * 400: The message is not text, too long, or has characters that cannot be shown
	 * 404: Unknown request, wrong secret, or another browser session
	 * 409: The call was answered, the request is younger than a minute or was decided, or a callback was asked for already
	 */
	#[PublicPage]
	#[AnonRateLimit(limit: 5, period: 600)]
	#[UserRateLimit(limit: 5, period: 600)]
	#[BruteForceProtection(action: RequestController::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/callback')]
	public function ask(string $requestId, mixed $message = null): DataResponse {
		try {
			return new DataResponse($this->service->ask($requestId, $this->secret(), $message)->toArray(), Http::STATUS_CREATED);
		} catch (RequestException $e) {
			return $this->failure($e, true);
		}
	}

	/**
	 * Read the callback of a request (the recipient's page polls it while it waits)
	 *
	 * @param string $requestId Id of the request
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationCallback, array{}>|DataResponse<Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The callback
	 * 404: Unknown request, wrong secret, another browser session, or no callback asked for
	 */
	#[PublicPage]
	#[AnonRateLimit(limit: 120, period: 60)]
	#[UserRateLimit(limit: 120, period: 60)]
	#[BruteForceProtection(action: RequestController::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'GET', url: '/api/v1/requests/{requestId}/callback')]
	public function show(string $requestId): DataResponse {
		try {
			return new DataResponse($this->service->get($requestId, $this->secret())->toArray());
		} catch (RequestException $e) {
			return $this->failure($e, true);
		}
	}

	/**
	 * Call the recipient back
	 *
	 * The recipient's page, still polling, starts the call again and rings the sharer.
	 *
	 * @param string $requestId Id of the request
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationCallback, array{}>|DataResponse<Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The callback, now calling back
	 * 404: Unknown request, or the current user may not edit its share
	 * 409: Nobody asked for a callback, or someone called back already
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 60, period: 600)]
	#[BruteForceProtection(action: DecisionController::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/call-back')]
	public function callBack(string $requestId): DataResponse {
		try {
			return new DataResponse($this->service->callBack($requestId, $this->userSession->getUser())->toArray());
		} catch (RequestException $e) {
			return $this->failure($e, false);
		}
	}

	private function secret(): string {
		return $this->request->getHeader(RequestController::SECRET_HEADER);
	}

	/**
	 * The recipient's failures all count for brute-force protection; the sharer's only
	 * when not found (a second "Call back" from another device is no attack).
	 *
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function failure(RequestException $e, bool $recipient): DataResponse {
		return $recipient
			? $this->anonymousFailure($e, RequestController::BRUTE_FORCE_ACTION)
			: $this->userFailure($e, DecisionController::BRUTE_FORCE_ACTION);
	}
}
