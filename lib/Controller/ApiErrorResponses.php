<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\Exception\ApiException;
use OCA\VideoVerification\Exception\Throttling;
use OCA\VideoVerification\ResponseDefinitions;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\DataResponse;

/**
 * The one way our controllers answer an ApiException: OCS data `{error, message}` with the
 * exception's status, and brute-force throttling as the exception and the route say.
 *
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
trait ApiErrorResponses {
	/**
	 * For routes without brute-force protection.
	 *
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function errorResponse(ApiException $e): DataResponse {
		return new DataResponse(['error' => $e->errorCode(), 'message' => $e->getMessage()], $e->httpStatus());
	}

	/**
	 * A failure on a public route (no login): counted unless the exception never is.
	 *
	 * @param string|null $action the #[BruteForceProtection] action it counts under; null:
	 *                            under every action the route names (Nextcloud counts a
	 *                            throttled answer without an action for each of them)
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function anonymousFailure(ApiException $e, ?string $action): DataResponse {
		$response = $this->errorResponse($e);
		if ($e->throttling() !== Throttling::Never) {
			$response->throttle($action === null ? [] : ['action' => $action]);
		}
		return $response;
	}

	/**
	 * A logged-in user's failure on a route with brute-force protection: only a probe
	 * counts, under the route's action.
	 *
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function userFailure(ApiException $e, string $action): DataResponse {
		$response = $this->errorResponse($e);
		if ($e->throttling() === Throttling::Probe) {
			$response->throttle(['action' => $action]);
		}
		return $response;
	}
}
