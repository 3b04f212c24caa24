<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Dav;

use OCA\VideoVerification\Demo\AppFramework\BruteForceThrottler;
use OCA\VideoVerification\Demo\AppFramework\MaxDelayReached;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Pages\PublicShareSession;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Who may read /public.php/dav/files/{token}: dav's Sabre\PublicAuth (check, checkToken,
 * validateUserPass) behind Sabre's Auth plugin, step for step, with the same brute-force
 * action and the same counting:
 * - a browser session whose 'public_link_authenticated' list holds the share passes;
 * - Basic auth with the share password passes and adds the share to that list (any user
 *   name: the token comes from the URL);
 * - a password-protected share without either is 401 (no challenge header) and counts two
 *   attempts (checkToken and check's catch); a wrong Basic password is 401 with a
 *   `WWW-Authenticate: Basic` challenge, over XMLHttpRequest 401 with `DummyBasic` (no
 *   browser prompt), each counting one;
 * - an unknown token counts an attempt and, as upstream, surfaces as 503 ServiceUnavailable
 *   ("Sabre\DAV\Exception\NotFound: ", check() wraps every other exception);
 * - past the throttler's maximum (more than 10 attempts in 30 minutes from the IP) every
 *   request counts one more and fails before anything else with MaxDelayReached, which
 *   Nextcloud's Sabre server answers 500 (it is no Sabre exception).
 * Read: nextcloud/server apps/dav/lib/Connector/Sabre/PublicAuth.php and
 * apps/dav/appinfo/v2/publicremote.php at v32.0.15 (stable32 after PR #55955); sabre/dav
 * Auth\Plugin and Auth\Backend\AbstractBasic (see tests/demo/README.md).
 */
final class PublicAuth {
	public const BRUTEFORCE_ACTION = 'public_dav_auth';
	/** OCP\Defaults::getName() of an unbranded server */
	private const REALM = 'Nextcloud';

	private ?IShare $share = null;

	public function __construct(
		private readonly IManager $shareManager,
		private readonly PublicShareSession $shareSession,
		private readonly BruteForceThrottler $throttler,
	) {
	}

	/**
	 * Sabre's Auth plugin around PublicAuth::check: a refusal becomes 401 with the Basic
	 * challenge.
	 *
	 * @throws DavError
	 */
	public function authenticate(DemoRequest $request, string $token): IShare {
		$share = $this->check($request, $token);
		if ($share === null) {
			throw DavError::notAuthenticated('Username or password was incorrect', [
				'WWW-Authenticate' => 'Basic realm="' . self::REALM . '", charset="UTF-8"',
			]);
		}
		return $share;
	}

	/**
	 * @return IShare|null null: "Username or password was incorrect"
	 * @throws DavError
	 */
	private function check(DemoRequest $request, string $token): ?IShare {
		$ip = $request->getRemoteAddress();
		try {
			$this->throttler->sleepDelayOrThrowOnMax(self::BRUTEFORCE_ACTION, $ip);

			if (count((array)$request->cookies) > 0 && !$request->passesStrictCookieCheck() && $this->getShare($token)->getPassword() !== null) {
				throw new DavError(412, DavError::PRECONDITION_FAILED, 'Strict cookie check failed', [
					'Location' => '/index.php/s/' . rawurlencode($token),
				]);
			}

			$credentials = self::basicCredentials($request);
			if ($credentials !== null && !$this->validateUserPass($request, $token, $credentials[1])) {
				return null;
			}

			return $this->checkToken($request, $token);
		} catch (MaxDelayReached) {
			$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $ip);
			throw new DavError(500, DavError::MAX_DELAY_REACHED, 'Reached maximum delay');
		} catch (DavError $e) {
			if ($e->exceptionClass === DavError::NOT_AUTHENTICATED) {
				$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $ip);
				throw $e;
			}
			if ($e->exceptionClass === DavError::PRECONDITION_FAILED) {
				throw $e;
			}
			throw new DavError(503, DavError::SERVICE_UNAVAILABLE, $e->exceptionClass . ': ' . $e->getMessage());
		} catch (ShareNotFound $e) {
			throw new DavError(503, DavError::SERVICE_UNAVAILABLE, ShareNotFound::class . ': ' . $e->getMessage());
		}
	}

	/**
	 * @throws DavError
	 */
	private function checkToken(DemoRequest $request, string $token): IShare {
		if ($token === '') {
			throw new DavError(404, DavError::NOT_FOUND);
		}
		try {
			$share = $this->shareManager->getShareByToken($token);
		} catch (ShareNotFound) {
			$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $request->getRemoteAddress());
			throw new DavError(404, DavError::NOT_FOUND);
		}
		$this->share = $share;

		if ($this->shareSession->isShareInSession($share)) {
			return $share;
		}
		if ($share->getPassword() !== null) {
			$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $request->getRemoteAddress());
			throw DavError::notAuthenticated();
		}
		return $share;
	}

	/**
	 * @throws DavError
	 * @throws MaxDelayReached
	 */
	private function validateUserPass(DemoRequest $request, string $token, string $password): bool {
		$ip = $request->getRemoteAddress();
		$this->throttler->sleepDelayOrThrowOnMax(self::BRUTEFORCE_ACTION, $ip);

		try {
			$share = $this->getShare($token);
		} catch (ShareNotFound) {
			$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $ip);
			return false;
		}

		if ($share->getPassword() === null) {
			return true;
		}
		if (in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL, IShare::TYPE_CIRCLE], true)) {
			if ($this->shareManager->checkPassword($share, $password)) {
				if (!$this->shareSession->isShareInSession($share)) {
					$this->shareSession->addShareToSession($share);
				}
				return true;
			}
			if ($this->shareSession->isShareInSession($share)) {
				return true;
			}
			if (in_array('XMLHttpRequest', explode(',', $request->getHeader('X-Requested-With')), true)) {
				throw DavError::notAuthenticated('Cannot authenticate over ajax calls', [
					'WWW-Authenticate' => 'DummyBasic realm="' . self::REALM . '"',
				]);
			}
			$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $ip);
			return false;
		}
		if ($share->getShareType() === IShare::TYPE_REMOTE) {
			return true;
		}
		$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $ip);
		return false;
	}

	/**
	 * @throws ShareNotFound
	 * @throws DavError
	 */
	private function getShare(string $token): IShare {
		if ($token === '') {
			throw new DavError(404, DavError::NOT_FOUND);
		}
		return $this->share ??= $this->shareManager->getShareByToken($token);
	}

	/**
	 * sabre/http Auth\Basic::getCredentials.
	 *
	 * @return array{0: string, 1: string}|null
	 */
	private static function basicCredentials(DemoRequest $request): ?array {
		$header = $request->getHeader('Authorization');
		if (strtolower(substr($header, 0, 6)) !== 'basic ') {
			return null;
		}
		$credentials = explode(':', (string)base64_decode(substr($header, 6)), 2);
		return count($credentials) === 2 ? [$credentials[0], $credentials[1]] : null;
	}
}
