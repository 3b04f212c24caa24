<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\Files\Event\LoadSidebar;
use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Ocp\Http\InitialStateStore;
use OCA\VideoVerification\Demo\Ocp\User\DemoUserSession;
use OCA\VideoVerification\Demo\Ocp\User\UserDirectory;
use OCA\VideoVerification\Demo\Storage\DemoSeed;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Files\NotFoundException;

/**
 * The index, the demo login and the Files page with the sharing sidebar.
 */
final class UserPages {
	public function __construct(
		private readonly PageAssembler $pages,
		private readonly TemplateRenderer $templates,
		private readonly DemoUserSession $userSession,
		private readonly UserDirectory $users,
		private readonly FileStore $files,
		private readonly IEventDispatcher $dispatcher,
		private readonly InitialStateStore $initialState,
	) {
	}

	public function index(): HttpResponse {
		$filesUrl = '/index.php/apps/files/?fileid=' . DemoSeed::CONTRACT_FILE_ID . '&share=1';
		return $this->pages->page('guest', 'Video Verification demo', $this->templates->render('index', [
			'sharerUrl' => '/index.php/login?user=alice&redirect_url=' . rawurlencode($filesUrl),
			'recipientUrl' => '/index.php/s/' . DemoSeed::BANK_STATEMENT_TOKEN,
			'personalUrl' => '/index.php/login?user=alice&redirect_url=' . rawurlencode('/index.php/settings/user/video_verification'),
			'adminUrl' => '/index.php/login?user=admin&redirect_url=' . rawurlencode('/index.php/settings/admin/video_verification'),
		]), 'body-login');
	}

	public function login(DemoRequest $request): HttpResponse {
		$redirect = (string)$request->getParam('redirect_url', '/index.php/apps/files/');
		if (!str_starts_with($redirect, '/') || str_starts_with($redirect, '//')) {
			$redirect = '/index.php/apps/files/';
		}
		$uid = $request->getParam('user');
		if (is_string($uid) && $uid !== '') {
			if ($this->userSession->loginAs($uid)) {
				return HttpResponse::redirect($redirect);
			}
			return $this->chooser($redirect, 'There is no demo account "' . $uid . '".', 400);
		}
		return $this->chooser($redirect, null, 200);
	}

	public function logout(): HttpResponse {
		$this->userSession->logout();
		return HttpResponse::redirect('/');
	}

	public function files(DemoRequest $request): HttpResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		$fileId = (int)$request->getParam('fileid', 0);
		try {
			$file = $this->files->get($fileId);
		} catch (NotFoundException) {
			return $this->notFound('This file does not exist.');
		}
		if ($file->owner !== $user->getUID()) {
			return $this->notFound('This file does not exist.');
		}
		$this->dispatcher->dispatchTyped(new LoadSidebar());
		$this->initialState->provideInitialState('demo', 'file', $file->toInitialState());
		$shareId = $request->getParam('share');
		if (is_string($shareId) && ctype_digit($shareId)) {
			$this->initialState->provideInitialState('demo', 'share', (int)$shareId);
		}
		return $this->pages->page('user', $file->name . ' – Files', $this->templates->render('files', ['file' => $file->toInitialState()]), 'body-user', ['/demo/build/files-host.mjs'], ['/demo/build/files-host.css']);
	}

	public function notFound(string $message = 'The page could not be found on the server.'): HttpResponse {
		return $this->pages->page('guest', 'Not found', $this->templates->render('message', ['heading' => 'Page not found', 'message' => $message]), 'body-login', [], [], 404);
	}

	private function chooser(string $redirect, ?string $error, int $status): HttpResponse {
		$users = array_map(fn ($user) => ['uid' => $user->getUID(), 'displayName' => $user->getDisplayName()], $this->users->all());
		return $this->pages->page('guest', 'Login', $this->templates->render('login', ['users' => $users, 'redirectUrl' => $redirect, 'error' => $error]), 'body-login', [], [], $status);
	}
}
