<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\InvalidBodyException;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Policy\AdminSettingsParser;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * The administrator's video verification policy. Admins only (no #[NoAdminRequired]).
 *
 * @psalm-import-type VideoVerificationAdminSettings from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class AdminSettingsController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private AdminPolicy $policy,
		private AdminSettingsParser $parser,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Get the video verification policy
	 *
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationAdminSettings, array{}>
	 *
	 * 200: The policy in force
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/admin/settings')]
	public function show(): DataResponse {
		return new DataResponse($this->policy->get()->toArray());
	}

	/**
	 * Replace the video verification policy
	 *
	 * @param mixed $usableBy Who may use the option: "everyone" or "groups"
	 * @param mixed $allowedGroups Group ids that may use it when usableBy is "groups"
	 * @param mixed $requiredGroups Group ids whose link and e-mail shares must use it
	 * @param mixed $defaultMode Release mode the share dialog offers first: "approve" or "password"
	 * @param mixed $requestTtlMinutes How long an unanswered request lives, 1 to 1440 minutes
	 * @param mixed $grantTtlMinutes How long a verified grant lasts, 1 to 43200 minutes; 0 = until the browser session ends
	 * @param mixed $retentionDays How long verification records are kept, 1 to 3650 days; 0 = forever
	 * @param mixed $allowCallsWithoutVideo Whether a recipient without a camera may call with audio only (default false)
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationAdminSettings, array{}>|DataResponse<Http::STATUS_BAD_REQUEST, VideoVerificationError, array{}>
	 *
	 * 200: The policy now in force
	 * 400: A field is missing or invalid; nothing was saved
	 */
	#[ApiRoute(verb: 'PUT', url: '/api/v1/admin/settings')]
	public function update(
		mixed $usableBy = null,
		mixed $allowedGroups = null,
		mixed $requiredGroups = null,
		mixed $defaultMode = null,
		mixed $requestTtlMinutes = null,
		mixed $grantTtlMinutes = null,
		mixed $retentionDays = null,
		mixed $allowCallsWithoutVideo = false,
	): DataResponse {
		try {
			$settings = $this->parser->parse($usableBy, $allowedGroups, $requiredGroups, $defaultMode, $requestTtlMinutes, $grantTtlMinutes, $retentionDays, $allowCallsWithoutVideo);
		} catch (InvalidBodyException $e) {
			return $this->errorResponse($e);
		}
		$this->policy->save($settings);
		return new DataResponse($this->policy->get()->toArray());
	}
}
