<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\VideoVerification\Demo\Container\ServiceContainer;
use OCA\VideoVerification\Demo\Environment;
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
		private readonly PageAssembler $pages,
		private readonly TemplateRenderer $templates,
		private readonly IUserSession $userSession,
		private readonly ServiceContainer $container,
		private readonly Environment $env,
	) {
	}

	public function section(DemoRequest $request): HttpResponse {
		if ($this->userSession->getUser() === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		$form = $this->container->get(PersonalSettings::class)->getForm();
		$file = $this->env->repoRoot . '/templates/' . $form->getTemplateName() . '.php';
		$html = (static function (string $__file, array $_): string {
			ob_start();
			include $__file;
			return (string)ob_get_clean();
		})($file, $form->getParams());
		$body = $this->templates->render('personal-settings', [
			'active' => $form->getApp(),
			'sections' => ['video_verification' => 'Video Verification'],
			'content' => $html,
		]);
		return $this->pages->page('user', 'Video Verification – Personal settings', $body, 'body-settings', [], [], 200, 'settings');
	}
}
