<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\VideoVerification\Demo\Capabilities\ServerCapabilities;
use OCA\VideoVerification\Demo\Http\CsrfTokenManager;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Ocp\Http\InitialStateStore;
use OCP\App\IAppManager;
use OCP\IGroupManager;
use OCP\IUserSession;
use OCP\Util;

/**
 * Wraps a page body in core's user or guest layout with the scripts and styles registered
 * through OCP\Util (init scripts first), the initial state, and the JS globals.
 */
final class PageAssembler {
	public function __construct(
		private readonly TemplateRenderer $templates,
		private readonly InitialStateStore $initialState,
		private readonly CsrfTokenManager $csrf,
		private readonly IUserSession $userSession,
		private readonly IGroupManager $groupManager,
		private readonly IAppManager $appManager,
		private readonly ServerCapabilities $capabilities,
		private readonly string $appRoot,
	) {
	}

	/**
	 * @param list<string> $extraScripts URLs loaded after the app scripts
	 * @param list<string> $extraStyles
	 */
	public function page(string $layout, string $title, string $content, string $bodyId = 'body-user', array $extraScripts = [], array $extraStyles = [], int $status = 200, string $app = 'files'): HttpResponse {
		$user = $this->userSession->getUser();
		$userData = $user === null ? null : ['uid' => $user->getUID(), 'displayName' => $user->getDisplayName()];
		if ($layout === 'user' && $user !== null) {
			// Every logged-in page carries the notifications header, as core's layout does.
			$extraScripts[] = '/demo/build/notifications.mjs';
			$extraStyles[] = '/demo/build/notifications.css';
		}
		$this->initialState->provideInitialState('core', 'config', $this->coreConfig());
		$this->initialState->provideInitialState('core', 'capabilities', $this->capabilities->capabilities());
		$head = $this->templates->render('head', [
			'user' => $userData,
			'requesttoken' => $this->csrf->token(),
			'title' => $title,
			'nonce' => base64_encode(random_bytes(12)),
			'styles' => array_merge(array_map(fn (string $s) => $this->assetUrl($s, 'css'), \OC_Util::$styles), $extraStyles),
			'scripts' => array_merge(array_map(fn (string $s) => $this->assetUrl($s, 'js'), array_values(array_filter(Util::getScripts(), fn (string $s): bool => $this->scriptExists($s)))), $extraScripts),
			'appswebroots' => $this->appsWebRoots(),
			'isAdmin' => $user !== null && $this->groupManager->isAdmin($user->getUID()),
			'config' => $this->coreConfig(),
			'appconfig' => ['core' => ['enforcePasswordForPublicLink' => false, 'enableLinkPasswordByDefault' => false, 'defaultExpireDateEnabled' => false, 'resharingAllowed' => true, 'allowGroupSharing' => true]],
		]);
		$html = $this->templates->render('layout.' . $layout, [
			'head' => $head,
			'initialState' => $this->initialState->render(),
			'content' => $content,
			'user' => $userData,
			'bodyid' => $bodyId,
			'app' => $app,
		]);
		return HttpResponse::html($html, $status);
	}

	/**
	 * The masked request token of this session (a new mask on every call, as core does).
	 */
	public function requestToken(): string {
		return $this->csrf->token();
	}

	/**
	 * "video_verification/js/video_verification-main" => /apps/video_verification/js/video_verification-main.mjs
	 * (.mjs when built, else .js, as core's template layer resolves it).
	 */
	/**
	 * As Nextcloud's JSResourceLocator: a translation ("app/l10n/lang") the app does not ship
	 * is left out of the page; the demo serves only our app's files.
	 */
	private function scriptExists(string $registered): bool {
		[$app, $rest] = explode('/', $registered, 2);
		if (!str_starts_with($rest, 'l10n/')) {
			return true;
		}
		return $app === 'video_verification' && is_file($this->appRoot . '/' . $rest . '.js');
	}

	private function assetUrl(string $registered, string $kind): string {
		[$app, $rest] = explode('/', $registered, 2);
		if ($kind === 'css') {
			return '/apps/' . $app . '/' . $rest . (str_ends_with($rest, '.css') ? '' : '.css');
		}
		if (str_ends_with($rest, '.js') || str_ends_with($rest, '.mjs')) {
			return '/apps/' . $app . '/' . $rest;
		}
		$isModule = $app !== 'video_verification' || is_file($this->appRoot . '/' . $rest . '.mjs') || !is_file($this->appRoot . '/' . $rest . '.js');
		return '/apps/' . $app . '/' . $rest . ($isModule ? '.mjs' : '.js');
	}

	/**
	 * @return array<string, string>
	 */
	private function appsWebRoots(): array {
		$roots = [];
		foreach ($this->appManager->getInstalledApps() as $app) {
			if ($app !== 'core') {
				$roots[$app] = '/apps/' . $app;
			}
		}
		return $roots;
	}

	/**
	 * @return array<string, mixed>
	 */
	private function coreConfig(): array {
		return [
			'session_lifetime' => 86400,
			'session_keepalive' => true,
			'auto_logout' => false,
			'version' => '34.0.3.1',
			'versionstring' => '34.0.3',
			'enable_avatars' => true,
			'lost_password_link' => null,
			'modRewriteWorking' => false,
			'sharing.maxAutocompleteResults' => 25,
			'sharing.minSearchStringLength' => 0,
			'blacklist_files_regex' => '\\.(part|filepart)$',
		];
	}
}
