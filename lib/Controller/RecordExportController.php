<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Service\Records\RecordCsvExport;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\StreamTraversableResponse;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IRequest;

/**
 * The download of every verification record as CSV, for administrators (no
 * #[NoAdminRequired]). A plain link on the admin page starts it, hence no CSRF token
 * (a GET that changes nothing; another site cannot read the answer). Streamed: the
 * body is written page by page while the database is read.
 */
class RecordExportController extends Controller {
	public function __construct(
		IRequest $request,
		private RecordCsvExport $export,
		private ITimeFactory $time,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	#[NoCSRFRequired]
	#[FrontpageRoute(verb: 'GET', url: '/admin/records.csv')]
	public function download(): StreamTraversableResponse {
		$now = $this->time->getTime();
		return new StreamTraversableResponse($this->export->chunks($now), Http::STATUS_OK, [
			'Content-Type' => 'text/csv; charset=utf-8',
			'Content-Disposition' => 'attachment; filename="video-verification-records-' . gmdate('Y-m-d', $now) . '.csv"',
			'Cache-Control' => 'no-store',
			'X-Content-Type-Options' => 'nosniff',
		]);
	}
}
