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
		// Both links are about the same share: the sharer opens Contract.pdf's share list (not
		// one share's editor), and the recipient opens that share's link.
		$filesUrl = '/index.php/apps/files/?fileid=' . DemoSeed::CONTRACT_FILE_ID;
		return $this->pages->page('guest', 'Video Verification demo', $this->templates->render('index', [
			'sharerUrl' => '/index.php/login?user=alice&redirect_url=' . rawurlencode($filesUrl),
			'recipientUrl' => '/index.php/s/' . DemoSeed::CONTRACT_TOKEN,
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

	/**
	 * Files: the user's folder as a list; with `fileid`, that file's folder with the file
	 * selected and its sidebar open on the Sharing tab (`share` opens one share's details).
	 */
	public function files(DemoRequest $request): HttpResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		$fileId = (int)$request->getParam('fileid', 0);
		$file = null;
		try {
			if ($fileId !== 0) {
				$file = $this->files->get($fileId);
				if ($file->owner !== $user->getUID()) {
					return $this->notFound('This file does not exist.');
				}
			}
			$folder = $file !== null && $file->parent !== null
				? $this->files->get($file->parent)
				: $this->files->getByPath($user->getUID(), '/');
		} catch (NotFoundException) {
			return $this->notFound('This file does not exist.');
		}
		$listing = array_map(fn ($child) => $child->toInitialState(), $this->files->children($folder->id));
		$this->initialState->provideInitialState('demo', 'files', $listing);
		if ($file !== null) {
			$this->dispatcher->dispatchTyped(new LoadSidebar());
			$this->initialState->provideInitialState('demo', 'file', $file->toInitialState());
			$shareId = $request->getParam('share');
			if (is_string($shareId) && ctype_digit($shareId)) {
				$this->initialState->provideInitialState('demo', 'share', (int)$shareId);
			}
		}
		$title = ($file === null ? 'Files' : $file->name . ' – Files');
		return $this->pages->page('user', $title, $this->templates->render('files', ['fileid' => $file?->id]), 'body-user', ['/demo/build/files-host.mjs'], ['/demo/build/files-host.css']);
	}

	public function notFound(string $message = 'The page could not be found on the server.'): HttpResponse {
		return $this->pages->page('guest', 'Not found', $this->templates->render('message', ['heading' => 'Page not found', 'message' => $message]), 'body-login', [], [], 404);
	}

	private function chooser(string $redirect, ?string $error, int $status): HttpResponse {
		$users = array_map(fn ($user) => ['uid' => $user->getUID(), 'displayName' => $user->getDisplayName()], $this->users->all());
		return $this->pages->page('guest', 'Login', $this->templates->render('login', ['users' => $users, 'redirectUrl' => $redirect, 'error' => $error]), 'body-login', [], [], $status);
	}
}
