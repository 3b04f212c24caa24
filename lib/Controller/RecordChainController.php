<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * The record chain check for the admin page. Admins only (no #[NoAdminRequired]).
 *
 * @psalm-import-type VideoVerificationRecordChainCheck from ResponseDefinitions
 */
class RecordChainController extends OCSController {
	public function __construct(
		IRequest $request,
		private RecordChainVerifier $verifier,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Check the whole record chain
	 *
	 * Recomputes every sealed record's hash from the anchor to the head and names the
	 * first record that does not match.
	 *
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRecordChainCheck, array{}>
	 *
	 * 200: The outcome of the check (also when the chain is broken)
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/admin/records/verification')]
	public function verify(): DataResponse {
		return new DataResponse($this->verifier->verify()->toArray());
	}
}
