<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Controller;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Exception\ApiException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\ResponseDefinitions;
use OCA\VideoVerification\Service\Request\RequestOpening;
use OCA\VideoVerification\Service\Request\RequestPasswordCheck;
use OCA\VideoVerification\Service\Request\RequestService;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\AnonRateLimit;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\Attribute\UseSession;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * A recipient's requests to be seen by the sharer on a video call (the public share
 * page calls these; no login).
 *
 * No #[NoCSRFRequired]: an OCS controller passes Nextcloud's CSRF check with the
 * `OCS-APIRequest: true` header (which a cross-site page cannot send without a CORS
 * preflight that Nextcloud refuses) or the page's request token, and a request is bound
 * to the caller's browser session, so another site must not be able to make one in it.
 *
 * Every failure but a full share (429) is throttled (brute-force protection per IP):
 * unknown share tokens, request ids and secrets cannot be probed at speed.
 *
 * @psalm-import-type VideoVerificationCreatedRequest from ResponseDefinitions
 * @psalm-import-type VideoVerificationRequest from ResponseDefinitions
 * @psalm-import-type VideoVerificationError from ResponseDefinitions
 */
class RequestController extends OCSController {
	use ApiErrorResponses;

	public const BRUTE_FORCE_ACTION = 'video_verification_request';
	/**
	 * files_sharing's password page counts wrong share passwords under this action
	 * (server lib/public/AppFramework/AuthPublicShareController.php, `authenticate`); a
	 * password typed here counts against the same budget, not a second one.
	 */
	public const SHARE_PASSWORD_ACTION = 'publicLinkAuth';
	/** The request's secret travels in this header, never in the URL (logs, referrers). */
	public const SECRET_HEADER = 'X-Request-Secret';

	public function __construct(
		IRequest $request,
		private RequestOpening $opening,
		private RequestService $service,
		private RequestPasswordCheck $passwords,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Ask to be verified on a video call before a share opens
	 *
	 * The request is bound to the caller's browser session. Its secret is returned only
	 * here: send it in the X-Request-Secret header to read or cancel the request.
	 *
	 * @param mixed $shareToken Token of the link or e-mail share (as in /s/{token})
	 * @param mixed $displayName The caller's name as the sharer will see it: 1 to 64 characters, no control characters
	 * @param mixed $media What the call carries: "video" (default) or "audio" (only when the administrator allows calls without video)
	 * @return DataResponse<Http::STATUS_CREATED, VideoVerificationCreatedRequest, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS, VideoVerificationError, array{}>
	 *
	 * 201: Request registered
	 * 400: The name is empty, too long or contains characters a name cannot have, or the media is unknown
	 * 403: A call without video, which the administrator does not allow
	 * 404: No such share, or it has no video verification
	 * 412: Nextcloud Talk is not available for the sharer
	 * 429: The share has too many open requests, or the caller made too many requests
	 */
	#[PublicPage]
	#[UseSession]
	#[AnonRateLimit(limit: 10, period: 600)]
	#[UserRateLimit(limit: 10, period: 600)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests')]
	public function create(mixed $shareToken = null, mixed $displayName = null, mixed $media = null): DataResponse {
		try {
			return new DataResponse($this->opening->create($shareToken, $displayName, $media)->toArray(), Http::STATUS_CREATED);
		} catch (RequestException|SettingsException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Read a verification request back (the caller's sidebar polls this)
	 *
	 * Only for the browser session that made the request, with its secret in the
	 * X-Request-Secret header. An open request past its expiry, and an approval not picked
	 * up within 5 minutes, read as "expired". Once the sharer approved, this poll opens
	 * the share for the calling browser session (a new session id, as after a correct
	 * share password) and the request reads "used"; it does so once.
	 *
	 * @param string $requestId Id of the request
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRequest, array{}>|DataResponse<Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The request
	 * 404: Unknown request, wrong secret, or another browser session
	 */
	#[PublicPage]
	#[UseSession]
	#[AnonRateLimit(limit: 120, period: 60)]
	#[UserRateLimit(limit: 120, period: 60)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'GET', url: '/api/v1/requests/{requestId}')]
	public function show(string $requestId): DataResponse {
		try {
			return new DataResponse($this->service->get($requestId, $this->secret())->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Cancel a verification request (the caller hung up before the sharer decided)
	 *
	 * An open (requested or ringing) request becomes "cancelled"; any other request is
	 * answered as it is, unchanged (cancelling twice, or after a decision, is fine).
	 *
	 * @param string $requestId Id of the request
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRequest, array{}>|DataResponse<Http::STATUS_NOT_FOUND, VideoVerificationError, array{}>
	 *
	 * 200: The request, cancelled if it was open
	 * 404: Unknown request, wrong secret, or another browser session
	 */
	#[PublicPage]
	#[AnonRateLimit(limit: 20, period: 600)]
	#[UserRateLimit(limit: 20, period: 600)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/requests/{requestId}')]
	public function cancel(string $requestId): DataResponse {
		try {
			return new DataResponse($this->service->cancel($requestId, $this->secret())->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Report how the call goes (a hint, nothing is stored)
	 *
	 * "ringing": the caller's client joined Talk's call; "answered": the sharer's session
	 * appeared in it. Neither changes the request: the record and the sharer's view follow
	 * what Talk says (the request's Talk room and its call), never the caller's word.
	 *
	 * @param string $requestId Id of the request
	 * @param mixed $stage "ringing" or "answered"
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRequest, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The request
	 * 400: Unknown stage
	 * 404: Unknown request, wrong secret, or another browser session
	 * 409: The request has ended (declined, used, cancelled or expired)
	 */
	#[PublicPage]
	#[AnonRateLimit(limit: 30, period: 600)]
	#[UserRateLimit(limit: 30, period: 600)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/progress')]
	public function progress(string $requestId, mixed $stage = null): DataResponse {
		try {
			return new DataResponse($this->service->progress($requestId, $this->secret(), $stage)->toArray());
		} catch (RequestException $e) {
			return $this->failure($e);
		}
	}

	/**
	 * Check the share password told in the call (password mode)
	 *
	 * Only once Talk said the sharer answered the call. Right: the share opens for the
	 * calling browser session (as after the password page) and the request is "used"; the
	 * call is not interrupted by a page reload. Wrong: 403, counted against the password
	 * page's brute-force budget (publicLinkAuth); the fifth wrong password closes the
	 * request (409 too_many_wrong_passwords) and the sharer is notified.
	 *
	 * @param string $requestId Id of the request
	 * @param mixed $password The share password
	 * @return DataResponse<Http::STATUS_OK, VideoVerificationRequest, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT, VideoVerificationError, array{}>
	 *
	 * 200: The request, now used
	 * 400: No password, or not a string
	 * 403: Wrong password
	 * 404: Unknown request, wrong secret, or another browser session
	 * 409: The request is not in password mode, no longer open, not answered yet (call_not_answered), or closed by this fifth wrong password (too_many_wrong_passwords)
	 */
	#[PublicPage]
	#[UseSession]
	#[AnonRateLimit(limit: 10, period: 600)]
	#[UserRateLimit(limit: 10, period: 600)]
	#[BruteForceProtection(action: self::BRUTE_FORCE_ACTION)]
	#[BruteForceProtection(action: self::SHARE_PASSWORD_ACTION)]
	#[ApiRoute(verb: 'POST', url: '/api/v1/requests/{requestId}/password')]
	public function password(string $requestId, #[\SensitiveParameter] mixed $password = null): DataResponse {
		try {
			return new DataResponse($this->passwords->checkPassword($requestId, $this->secret(), $password)->toArray());
		} catch (RequestException $e) {
			return $this->failure($e, passwordRoute: true);
		}
	}

	private function secret(): string {
		return $this->request->getHeader(self::SECRET_HEADER);
	}

	/**
	 * Every failure counts under our action, but a full share's (its exception is never
	 * throttled). On the password route it counts under every action of the route, ours and
	 * the password page's publicLinkAuth.
	 *
	 * @return DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_TOO_MANY_REQUESTS|Http::STATUS_INTERNAL_SERVER_ERROR, VideoVerificationError, array{}>
	 */
	private function failure(ApiException $e, bool $passwordRoute = false): DataResponse {
		return $this->anonymousFailure($e, $passwordRoute ? null : self::BRUTE_FORCE_ACTION);
	}
}
