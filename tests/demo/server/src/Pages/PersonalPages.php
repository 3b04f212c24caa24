<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Settings\PersonalSettings;
use OCP\IUserSession;

/**
 * Core's personal settings: the app's section renders its ISettings form for any logged-in
 * account (as settings' PersonalSettingsController::index does; no admin check).
 */
final class PersonalPages {
	public function __construct(
		private readonly IUserSession $userSession,
		private readonly ServiceContainer $container,
		private readonly SettingsLayout $layout,
	) {
	}

	public function section(DemoRequest $request): HttpResponse {
		if ($this->userSession->getUser() === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		$form = $this->layout->renderForm($this->container->get(PersonalSettings::class));
		return $this->layout->page('user', 'Video Verification', $form['app'], ['video_verification' => 'Video Verification'], $form['html']);
	}
}
