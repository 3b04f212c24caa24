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
use OCA\VideoVerification\Service\Decision\IdCheckService;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The sharer asks the person on the call to show an ID document, and steps through the
 * security-feature checks drawn for it. Only whoever may edit the request's share, as
 * approve and decline (DecisionController).
 *
 * @psalm-import-type VideoVerificationRecord from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class IdCheckController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private IdCheckService $service,
		private IUserSession $userSession,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Ask the person on the call to show an ID document
	 *
	 * The first ask draws 3 distinct security-feature checks at random; asking again keeps
	 * them. The recipient's sidebar shows "Show your ID to the camera" and the first check.
	 *
	 * @param string $requestId Id of the request
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRecord, array{}>|DataResponse<Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The record with the checks drawn
	 * 404: Unknown request, or the current user may not edit its share
	 * 409: The request was already decided, has been cancelled or has expired
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 60, period: 600)]
	#[BruteForceProtection(action: DecisionController::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/id-check')]
	public function start(string $requestId): DataResponse {
		try {
			return new DataResponse($this->service->start($requestId, $this->userSession->getUser())->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Show one of the drawn checks on the recipient's screen
	 *
	 * @param string $requestId Id of the request
	 * @param mixed $step Which check, 0 to 2
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRecord, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The record, now showing that check
	 * 400: The step is not 0 to 2, or no ID document was asked for yet
	 * 404: Unknown request, or the current user may not edit its share
	 * 409: The request was already decided, has been cancelled or has expired
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 120, period: 600)]
	#[BruteForceProtection(action: DecisionController::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/id-check/step')]
	public function step(string $requestId, mixed $step = null): DataResponse {
		try {
			return new DataResponse($this->service->showStep($requestId, $this->userSession->getUser(), $step)->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Only "not found" is throttled (a guess at request ids); a sharer's 409 is no attack.
	 *
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function failure(RequestException $e): DataResponse {
		return $this->userFailure($e, DecisionController::BRUTE_FORCE_ACTION);
	}
}
