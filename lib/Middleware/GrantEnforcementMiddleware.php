<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Middleware;

use OCA\VideoVerification\Exception\GrantEndedException;
use OCA\VideoVerification\Service\ShareSession\GrantEnforcer;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Ends a verified browser session's access to a share on its next request of the share
 * page or the download (files_sharing's ShareController::showShare and downloadShare,
 * /s/{token} and /s/{token}/download) once its grant has ended (GrantEnforcer).
 *
 * Registered global, it runs after the app framework's PublicShareMiddleware has let the
 * authenticated session through and before the controller: it takes the share back from
 * the session and answers as PublicShareMiddleware does for a session that is not
 * authenticated (lib/private/AppFramework/Middleware/PublicShare/PublicShareMiddleware.php):
 * the controller's own redirect to the password page
 * (AuthPublicShareController::getAuthenticationRedirect with the route's function).
 */
class GrantEnforcementMiddleware extends Middleware {
	/** Compared as a string: our app never loads files_sharing's classes. */
	public const SHARE_CONTROLLER = 'OCA\\Files_Sharing\\Controller\\ShareController';
	public const METHODS = ['showShare', 'downloadShare'];

	public function __construct(
		private IManager $shareManager,
		private GrantEnforcer $enforcer,
	) {
	}

	/**
	 * @throws GrantEndedException
	 */
	public function beforeController(Controller $controller, string $methodName): void {
		if (!in_array($methodName, self::METHODS, true) || !is_a($controller, self::SHARE_CONTROLLER)
			|| !method_exists($controller, 'getToken')) {
			return;
		}
		try {
			$share = $this->shareManager->getShareByToken($controller->getToken());
		} catch (ShareNotFound) {
			return;
		}
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)) {
			return;
		}
		if ($this->enforcer->enforce($share)) {
			throw new GrantEndedException('The verified access to this share has ended');
		}
	}

	public function afterException(Controller $controller, string $methodName, \Exception $exception): Response {
		// ShareController is an AuthPublicShareController (OCP): its own redirect to the password page.
		if ($exception instanceof GrantEndedException && method_exists($controller, 'getAuthenticationRedirect')) {
			// As PublicShareMiddleware::afterException: the function of the route ('showShare', 'downloadShare').
			$redirect = $controller->getAuthenticationRedirect($methodName);
			if ($redirect instanceof Response) {
				return $redirect;
			}
		}
		throw $exception;
	}
}
