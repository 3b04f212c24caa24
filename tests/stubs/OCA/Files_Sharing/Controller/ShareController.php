<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\Files_Sharing\Controller;

use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\RedirectResponse;

/**
 * Signature stub of files_sharing's ShareController (/s/{token}, /s/{token}/download), an
 * OCP\AppFramework\AuthPublicShareController upstream. Only what GrantEnforcementMiddleware
 * calls: the token the app framework's PublicShareMiddleware set (PublicShareController::
 * setToken/getToken) and the redirect to the password page
 * (AuthPublicShareController::getAuthenticationRedirect, which links to the route
 * files_sharing.sharecontroller.showAuthenticate, /s/{token}/authenticate/{redirect}).
 */
class ShareController extends Controller {
	private string $token = '';

	final public function setToken(string $token): void {
		$this->token = $token;
	}

	final public function getToken(): string {
		return $this->token;
	}

	final public function getAuthenticationRedirect(string $redirect): RedirectResponse {
		return new RedirectResponse('/index.php/s/' . rawurlencode($this->token) . '/authenticate/' . rawurlencode($redirect));
	}
}
