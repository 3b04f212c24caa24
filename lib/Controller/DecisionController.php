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
use OCA\VideoVerification\Service\Decision\RequestDecisionService;
use OCA\VideoVerification\Service\Records\RecordView;
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
 * The sharer's side of a verification: approve or decline a request seen on the call
 * (from the notification or the Sharing tab), and read a file's verification records.
 * Only whoever may edit the request's share (its owner or initiator); everyone else gets
 * the "not found" of an unknown request, which counts for brute-force protection.
 *
 * @psalm-import-type VideoVerificationRecord from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class DecisionController extends OCSController {
	use ApiErrorResponses;

	public const BRUTE_FORCE_ACTION = 'video_verification_decision';

	public function __construct(
		IRequest $request,
		private RequestDecisionService $service,
		private IUserSession $userSession,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * List the verification records of a file
	 *
	 * Open and past requests of every share of the file the current user may edit, and of
	 * the user's shares of it since deleted; newest first, at most 100.
	 *
	 * @param string $fileId Numeric id of the file
	 * @return DataResponse<Http::STATUS_OK, list<VideoVerificationRecord>, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The records (empty when there are none or the user may see none)
	 * 400: The file id is not a positive number
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 120, period: 60)]
	#[ApiRoute(verb: 'GET', url: '/api/v1/files/{fileId}/requests')]
	public function records(string $fileId): DataResponse {
		try {
			$records = $this->service->recordsForFile($fileId, $this->userSession->getUser());
			return new DataResponse(array_map(static fn (RecordView $record): array => $record->toArray(), $records));
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Approve a verification request
	 *
	 * The sharer saw the caller on the call and compared the read-back code. The caller's
	 * next poll opens the share for the caller's browser session (within 5 minutes). Only
	 * once Talk had the sharer and the caller in the request's call together.
	 *
	 * @param string $requestId Id of the request
	 * @param mixed $checklist Optional: {faceMatchesId?: bool, idFeaturesChecked?: bool, knownPerson?: bool, note?: string (at most 500 characters)}
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRecord, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The record, now approved
	 * 400: The checklist has wrong types, unknown fields or a note that is too long
	 * 404: Unknown request, or the current user may not edit its share
	 * 409: The request was already decided, has been cancelled or has expired, or its call was never answered (call_not_answered)
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 60, period: 600)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/approve')]
	public function approve(string $requestId, mixed $checklist = null): DataResponse {
		try {
			return new DataResponse($this->service->approve($requestId, $this->userSession->getUser(), $checklist)->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Decline a verification request
	 *
	 * The caller's sidebar learns it on its next poll and ends the call.
	 *
	 * @param string $requestId Id of the request
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRecord, array{}>|DataResponse<Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The record, now declined
	 * 404: Unknown request, or the current user may not edit its share
	 * 409: The request was already decided, has been cancelled or has expired
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 60, period: 600)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/decline')]
	public function decline(string $requestId): DataResponse {
		try {
			return new DataResponse($this->service->decline($requestId, $this->userSession->getUser())->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Only "not found" is throttled: a sharer pressing Approve in the notification and in
	 * the Sharing tab meets a 409 that is no attack.
	 *
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function failure(RequestException $e): DataResponse {
		return $this->userFailure($e, self::BRUTE_FORCE_ACTION);
	}
}
