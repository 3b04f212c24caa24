<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\ShareSettings\SettingsChangeParser;
use OCA\VideoVerification\Service\ShareSettings\ShareSettingsService;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The video verification settings of a link or e-mail share.
 *
 * @psalm-import-type VideoVerificationShareSettings from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class ShareSettingsController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private ShareSettingsService $service,
		private SettingsChangeParser $parser,
		private IUserSession $userSession,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Get the video verification settings of a share
	 *
	 * @param string $shareId Numeric id of the share, as files_sharing's OCS API returns it
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationShareSettings, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The settings of the share
	 * 400: The share is neither a link nor an e-mail share
	 * 404: Share not found, or the current user may not edit it
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/shares/{shareId}')]
	public function show(string $shareId): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return $this->errorResponse(new ShareNotFoundException($this->l10n->t('Share not found')));
		}
		try {
			return new DataResponse($this->service->get($shareId, $user)->toArray());
		} catch (SettingsException $e) {
			return $this->errorResponse($e);
		}
	}

	/**
	 * Switch video verification of a share on or off
	 *
	 * @param string $shareId Numeric id of the share, as files_sharing's OCS API returns it
	 * @param mixed $enabled Whether the recipient must be seen on a Talk call before the file opens (true or false)
	 * @param mixed $mode How the sharer releases the file: "approve" (default) or "password"
	 * @param mixed $password The sharer's own share password; without it approve mode generates one that nobody is shown
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationShareSettings, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 *
	 * 200: The settings now in force
	 * 400: Malformed body, not a link or e-mail share, password missing or rejected, or Nextcloud refused the change
	 * 403: The administrator has not allowed the current user to use video verification (not_allowed), or requires it for this share, so it cannot be switched off (required_by_policy)
	 * 404: Share not found, or the current user may not edit it
	 * 412: Nextcloud Talk is not available for the sharer
	 * 500: No password could be generated that the password policy accepts
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 30, period: 60)]
	#[ApiRoute(verb: 'PUT', url: '/api/v1/shares/{shareId}')]
	public function update(string $shareId, mixed $enabled = null, mixed $mode = null, #[\SensitiveParameter] mixed $password = null): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return $this->errorResponse(new ShareNotFoundException($this->l10n->t('Share not found')));
		}
		try {
			$change = $this->parser->parse($enabled, $mode, $password);
			return new DataResponse($this->service->update($shareId, $user, $change)->toArray());
		} catch (SettingsException $e) {
			return $this->errorResponse($e);
		}
	}
}
