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
use OCA\VideoVerification\Service\OfficeHours\OfficeHours;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
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
 * The current user's office hours for verification calls (optional: without them, calls
 * ring at any time). Outside them a recipient's request is refused with
 * 409 outside_office_hours, which says when the sharer takes calls.
 *
 * @psalm-import-type VideoVerificationOfficeHours from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class OfficeHoursController extends OCSController {
	use ApiErrorResponses;

	public function __construct(
		IRequest $request,
		private OfficeHoursStore $store,
		private IUserSession $userSession,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Get your office hours for verification calls
	 *
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationOfficeHours, array{}>
	 *
	 * 200: Your office hours (enabled false: calls at any time)
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/office-hours')]
	public function show(): DataResponse {
		return new DataResponse($this->view($this->store->get($this->uid())));
	}

	/**
	 * Set your office hours for verification calls
	 *
	 * @param mixed $enabled Whether calls ring only in office hours
	 * @param mixed $days When enabled: weekdays, 1 (Monday) to 7 (Sunday)
	 * @param mixed $from When enabled: start, "HH:MM" in your time zone
	 * @param mixed $to When enabled: end (exclusive), "HH:MM", later than the start
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationOfficeHours, array{}>|DataResponse<Http::STATUS_BAD_REQUEST, VideoVerificationError, array{}>
	 *
	 * 200: Saved
	 * 400: A field is missing or invalid; nothing was saved
	 */
	#[NoAdminRequired]
	#[UserRateLimit(limit: 30, period: 600)]
	#[ApiRoute(verb: 'PUT', url: '/api/v1/office-hours')]
	public function update(mixed $enabled = null, mixed $days = null, mixed $from = null, mixed $to = null): DataResponse {
		if (!is_bool($enabled)) {
			return $this->invalid($this->l10n->t('"enabled" must be true or false.'));
		}
		try {
			$hours = $enabled ? OfficeHours::parse($days, $from, $to, $this->l10n) : null;
		} catch (InvalidBodyException $e) {
			return $this->invalid($e->getMessage());
		}
		$this->store->save($this->uid(), $hours);
		return new DataResponse($this->view($hours));
	}

	private function uid(): string {
		return (string)$this->userSession->getUser()?->getUID();
	}

	/**
	 * @return VideoVerificationOfficeHours
	 */
	private function view(?OfficeHours $hours): array {
		return $hours === null
			? ['enabled' => false, 'days' => [], 'from' => null, 'to' => null, 'summary' => null]
			: ['enabled' => true] + $hours->toArray() + ['summary' => $hours->describe($this->l10n)];
	}

	/**
	 * @return DataResponse<Http::STATUS_BAD_REQUEST, VideoVerificationError, array{}>
	 */
	private function invalid(string $message): DataResponse {
		return $this->errorResponse(new InvalidBodyException($message));
	}
}
