<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Demo\AppFramework\BruteForceThrottler;
use OCA\VideoVerification\Demo\AppFramework\MaxDelayReached;
use OCA\VideoVerification\Demo\Dav\PublicDavServer;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Ocp\Http\InitialStateStore;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IUserManager;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * files_sharing's ShareController for link and e-mail shares: the public page, its password
 * page (AuthPublicShareController) and the download.
 */
final class PublicSharePages {
	public const BRUTEFORCE_ACTION = 'publicLinkAuth';

	public function __construct(
		private readonly IManager $shareManager,
		private readonly PublicShareSession $shareSession,
		private readonly PageAssembler $pages,
		private readonly TemplateRenderer $templates,
		private readonly IEventDispatcher $dispatcher,
		private readonly InitialStateStore $initialState,
		private readonly FileStore $files,
		private readonly IUserManager $userManager,
		private readonly BruteForceThrottler $throttler,
		private readonly ShareControllerMiddlewares $middlewares,
	) {
	}

	public function showShare(string $token): HttpResponse {
		$share = $this->share($token);
		if ($share === null) {
			return $this->shareNotFound();
		}
		if (!$this->shareSession->isAuthenticated($share)) {
			return HttpResponse::redirect('/index.php/s/' . rawurlencode($token) . '/authenticate/showShare');
		}
		$answered = $this->middlewares->before($token, 'showShare');
		if ($answered !== null) {
			return $answered;
		}
		// As ShareController::showShare: after the authentication check, before the template.
		$this->dispatcher->dispatchTyped(new BeforeTemplateRenderedEvent($share));
		$file = $this->files->get($share->getNodeId());
		// The Files public page's state (DefaultPublicShareTemplateProvider::renderPage): it
		// lists the share over public WebDAV (tests/demo/client/files-public.ts).
		$this->initialState->provideInitialState('files_sharing', 'sharingToken', $token);
		$this->initialState->provideInitialState('files_sharing', 'isPublic', true);
		$this->initialState->provideInitialState('files_sharing', 'view', $file->isFolder() ? 'public-share' : 'public-file-share');
		$this->initialState->provideInitialState('files_sharing', 'filename', $file->name);
		$this->initialState->provideInitialState('files_sharing', 'note', $share->getNote());
		$owner = $this->userManager->get($share->getShareOwner());
		return $this->pages->page('guest', $file->name, $this->templates->render('publicshare', [
			'file' => $file->toInitialState(),
			'ownerDisplayName' => $owner?->getDisplayName() ?? $share->getShareOwner(),
			'downloadUrl' => '/index.php/s/' . rawurlencode($token) . '/download',
		]), 'body-public', ['/demo/build/files-public.mjs'], ['/demo/build/files-public.css']);
	}

	public function showAuthenticate(string $token): HttpResponse {
		$share = $this->share($token);
		if ($share === null) {
			return $this->shareNotFound();
		}
		if ($this->shareSession->isAuthenticated($share)) {
			return HttpResponse::redirect('/index.php/s/' . rawurlencode($token));
		}
		return $this->authPage($share, false);
	}

	public function authenticate(string $token, DemoRequest $request): HttpResponse {
		$ip = $request->getRemoteAddress();
		try {
			$this->throttler->sleepDelayOrThrowOnMax(self::BRUTEFORCE_ACTION, $ip);
		} catch (MaxDelayReached) {
			return $this->tooManyRequests();
		}
		$share = $this->share($token);
		if ($share === null) {
			return $this->shareNotFound();
		}
		if (!$request->passesCSRFCheck()) {
			return $this->pages->page('guest', 'Access forbidden', $this->templates->render('message', ['heading' => 'Access forbidden', 'message' => 'CSRF check failed']), 'body-login', [], [], 412);
		}
		$password = $request->getParam('password');
		if (is_string($password) && $this->shareManager->checkPassword($share, $password)) {
			$this->shareSession->authenticate($share);
			return HttpResponse::redirect('/index.php/s/' . rawurlencode($token));
		}
		$this->throttler->registerAttempt(self::BRUTEFORCE_ACTION, $ip);
		try {
			$this->throttler->sleepDelayOrThrowOnMax(self::BRUTEFORCE_ACTION, $ip);
		} catch (MaxDelayReached) {
			return $this->tooManyRequests();
		}
		return $this->authPage($share, true);
	}

	/**
	 * ShareController::downloadShare (deprecated since 31: "use the DAV endpoint"): after the
	 * public-share middleware's authentication check, a redirect to public WebDAV, which
	 * checks the session again (PublicAuth) and sends the bytes.
	 */
	public function download(string $token): HttpResponse {
		$share = $this->share($token);
		if ($share === null) {
			return $this->shareNotFound();
		}
		if (!$this->shareSession->isAuthenticated($share)) {
			return HttpResponse::redirect('/index.php/s/' . rawurlencode($token) . '/authenticate/showShare');
		}
		$answered = $this->middlewares->before($token, 'downloadShare');
		if ($answered !== null) {
			return $answered;
		}
		return HttpResponse::redirect(PublicDavServer::PREFIX . rawurlencode($token));
	}

	private function authPage(IShare $share, bool $wrongPassword): HttpResponse {
		$this->dispatcher->dispatchTyped(new BeforeTemplateRenderedEvent($share, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH));
		$this->initialState->provideInitialState('files_sharing', 'sharingToken', $share->getToken());
		$this->initialState->provideInitialState('core', 'publicShareAuth', [
			'showPasswordReset' => false,
			'shareType' => $share->getShareType(),
			'invalidPassword' => $wrongPassword ? true : null,
			'canResendPassword' => $share->getShareType() === IShare::TYPE_EMAIL && !$share->getSendPasswordByTalk(),
		]);
		$content = $this->templates->render('publicshareauth', [
			'invalidPassword' => $wrongPassword,
			'requesttoken' => $this->pages->requestToken(),
			'sharingToken' => $share->getToken(),
			'sharingType' => $share->getShareType(),
		]);
		return $this->pages->page('guest', 'Password required', $content, 'body-login');
	}

	private function share(string $token): ?IShare {
		try {
			$share = $this->shareManager->getShareByToken($token);
		} catch (ShareNotFound) {
			return null;
		}
		return in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true) ? $share : null;
	}

	private function shareNotFound(): HttpResponse {
		return $this->pages->page('guest', 'Share not found', $this->templates->render('message', [
			'heading' => 'Share not found',
			'message' => 'This share does not exist or is no longer available',
		]), 'body-login', [], [], 404);
	}

	private function tooManyRequests(): HttpResponse {
		return $this->pages->page('guest', 'Too many requests', $this->templates->render('message', [
			'heading' => 'Too many requests',
			'message' => 'There were too many requests from your network. Retry later or contact your administrator if this is an error.',
		]), 'body-login', [], [], 429);
	}
}
