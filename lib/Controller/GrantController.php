<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\GrantNotFoundException;
use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\ShareSession\GrantService;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * Who holds access to a share through a verified browser, for the sharer's Sharing tab,
 * and taking it back. Only the share's owner and initiator.
 *
 * @psalm-import-type VideoVerificationGrant from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class GrantController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private GrantService $grants,
		private IUserSession $userSession,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * List the grants of a share that still hold
	 *
	 * Every browser session a verification unlocked the share for, oldest first, until it
	 * is revoked, outlives the administrator's grant lifetime, the share's password changes,
	 * verification is switched off or the share is deleted.
	 *
	 * @param string $shareId Numeric id of the link or e-mail share
	 * @return DataResponse<Http::STATUS_OK, list<VideoVerificationGrant>, array{}>|DataResponse<Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The grants (empty when there are none)
	 * 404: No such share, or the user may not edit it
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 120, period: 60)]
	#[ApiRoute(verb: 'GET', url: '/api/v1/shares/{shareId}/grants')]
	public function list(string $shareId): DataResponse {
		$user = $this->userSession->getUser();
		try {
			if ($user === null) {
				throw new ShareNotFoundException('Share not found');
			}
			return new DataResponse($this->grants->activeOfShare($shareId, $user));
		} catch (ShareNotFoundException $e) {
			return $this->errorResponse($e);
		}
	}

	/**
	 * Revoke a grant
	 *
	 * The browser session loses the share on its next request of the share page, its
	 * download or public WebDAV, and has to be verified (or type the password) again.
	 *
	 * @param string $grantId Numeric id of the grant
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationGrant, array{}>|DataResponse<Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The grant, ended
	 * 404: No such grant holds, or the user may not edit its share
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 60, period: 60)]
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/grants/{grantId}')]
	public function revoke(string $grantId): DataResponse {
		$user = $this->userSession->getUser();
		try {
			if ($user === null) {
				throw new GrantNotFoundException('Access not found');
			}
			return new DataResponse($this->grants->revoke($grantId, $user));
		} catch (GrantNotFoundException $e) {
			return $this->errorResponse($e);
		}
	}
}
