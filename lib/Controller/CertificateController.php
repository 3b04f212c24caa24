<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\Throttling;
use OCA\VideoVerification\Service\Records\CertificateDownload;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataDownloadResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Http\TextPlainResponse;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The certificate of verification of one finished record as a PDF download, for the
 * share's owner or initiator and for administrators. A plain link in the Sharing tab
 * starts it, hence no CSRF token (a GET that changes nothing another site could read).
 * Unknown ids and records the user may not see are the same 404, which counts for
 * brute-force protection; a record not yet final is 409.
 */
class CertificateController extends Controller {
	public function __construct(
		IRequest $request,
		private CertificateDownload $certificates,
		private IUserSession $userSession,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	#[NoAdminRequired]
	#[NoCSRFRequired]
	#[UserRateLimit(limit: 60, period: 600)]
	#[BruteForceProtection(action: DecisionController::BRUTE_FORCE_ACTION)]
	#[FrontpageRoute(verb: 'GET', url: '/records/{requestId}/certificate.pdf')]
	public function download(string $requestId): Response {
		try {
			$pdf = $this->certificates->pdf($requestId, $this->userSession->getUser());
		} catch (RequestException $e) {
			// A plain-text answer: the link is opened by the browser, not by our scripts
			$response = new TextPlainResponse($e->getMessage(), $e->httpStatus());
			if ($e->throttling() === Throttling::Probe) {
				$response->throttle(['action' => DecisionController::BRUTE_FORCE_ACTION]);
			}
			return $response;
		}
		$response = new DataDownloadResponse($pdf, 'verification-' . $requestId . '.pdf', 'application/pdf');
		$response->addHeader('Cache-Control', 'no-store');
		$response->addHeader('X-Content-Type-Options', 'nosniff');
		return $response;
	}
}
