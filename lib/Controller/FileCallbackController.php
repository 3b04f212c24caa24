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
use OCA\VideoVerification\Service\Callback\FileCallbacks;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The sharer's Sharing tab lists the callbacks recipients asked for on the file's requests.
 *
 * @psalm-import-type VideoVerificationFileCallback from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class FileCallbackController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private FileCallbacks $callbacks,
		private IUserSession $userSession,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * List the callbacks asked for on a file's requests
	 *
	 * Of the requests the current user may see in the file's records (as
	 * `GET /api/v1/files/{fileId}/requests`), those whose recipient asked to be called back;
	 * newest request first. `pageOpen` tells whether the recipient's page polled within the
	 * last 30 seconds, i.e. whether "Call back" still reaches it.
	 *
	 * @param string $fileId Numeric id of the file
	 * @return DataResponse<Http::STATUS_OK, list<VideoVerificationFileCallback>, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The callbacks (empty when there are none or the user may see none)
	 * 400: The file id is not a positive number
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 120, period: 60)]
	#[ApiRoute(verb: 'GET', url: '/api/v1/files/{fileId}/callbacks')]
	public function list(string $fileId): DataResponse {
		try {
			return new DataResponse($this->callbacks->forFile($fileId, $this->userSession->getUser()));
		} catch (RequestException $e) {
			return $this->errorResponse($e);
		}
	}
}
