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
use OCA\VideoVerification\Demo\Ocp\Bootstrap\DemoRegistrationContext;
use OCA\VideoVerification\Settings\AdminSettings;
use OCP\IGroupManager;
use OCP\IUserSession;
use OCP\SetupCheck\ISetupCheck;
use OCP\SetupCheck\SetupResult;

/**
 * Core's administration settings: "Overview" lists the results of every registered setup
 * check by category (as settings' SetupCheckManager::runAll and the overview page do), and the
 * app's section renders its ISettings form.
 */
final class AdminPages {
	public function __construct(
		private readonly PageAssembler $pages,
		private readonly TemplateRenderer $templates,
		private readonly IUserSession $userSession,
		private readonly IGroupManager $groupManager,
		private readonly ServiceContainer $container,
		private readonly SettingsLayout $layout,
	) {
	}

	public function overview(DemoRequest $request): HttpResponse {
		$denied = $this->denied($request);
		if ($denied !== null) {
			return $denied;
		}
		$registration = $this->container->get(DemoRegistrationContext::class);
		$categories = [];
		foreach ($registration->registered('setupCheck') as $class) {
			/** @var ISetupCheck $check */
			$check = $this->container->get($class);
			try {
				$result = $check->run();
			} catch (\Throwable $e) {
				// As SetupCheckManager does: a failing check shows as an error, the page stays up
				$result = SetupResult::error('Exception while running the check: ' . $e->getMessage());
			}
			$result->setName($check->getName());
			$categories[$check->getCategory()][] = $result->jsonSerialize();
		}
		return $this->settingsPage('Overview', 'overview', $this->templates->render('admin-overview', ['categories' => $categories]));
	}

	public function section(DemoRequest $request): HttpResponse {
		$denied = $this->denied($request);
		if ($denied !== null) {
			return $denied;
		}
		$form = $this->layout->renderForm($this->container->get(AdminSettings::class));
		return $this->settingsPage('Video Verification', $form['app'], $form['html']);
	}

	private function settingsPage(string $title, string $active, string $content): HttpResponse {
		return $this->layout->page('admin', $title, $active, ['overview' => 'Overview', 'video_verification' => 'Video Verification'], $content);
	}

	private function denied(DemoRequest $request): ?HttpResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		if (!$this->groupManager->isAdmin($user->getUID())) {
			return $this->pages->page('guest', 'Access forbidden', $this->templates->render('message', ['heading' => 'Access forbidden', 'message' => 'Logged in account must be an admin.']), 'body-login', [], [], 403);
		}
		return null;
	}
}
