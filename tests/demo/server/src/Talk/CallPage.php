<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk;

use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Pages\PageAssembler;
use OCA\VideoVerification\Demo\Pages\TemplateRenderer;
use OCA\VideoVerification\Demo\Talk\Storage\RoomStore;
use OCP\IUserSession;

/**
 * `/index.php/call/{token}`: Talk's web UI reduced to the call view, for logged-in users
 * (the sharer answering a verification call).
 */
final class CallPage {
	public function __construct(
		private readonly PageAssembler $pages,
		private readonly TemplateRenderer $templates,
		private readonly IUserSession $userSession,
		private readonly RoomStore $rooms,
	) {
	}

	public function show(string $token, DemoRequest $request): HttpResponse {
		if ($this->userSession->getUser() === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		try {
			$room = $this->rooms->byToken($token);
		} catch (RoomNotFound) {
			return $this->notFound($request, 404);
		}
		return $this->pages->page('user', $room->name . ' – Talk', $this->templates->render('talk-call', [
			'token' => $room->token,
			'name' => $room->name,
			'notFound' => $this->templates->render('talk-not-found', []),
		]), 'body-user', ['/demo/build/talk-call.mjs'], ['/demo/build/talk-call.css'], 200, 'spreed');
	}

	/**
	 * `/apps/spreed/not-found`, where Talk web sends its user when the open conversation was
	 * deleted (src/composables/useSessionIssueHandler.ts); also an unknown conversation's link.
	 */
	public function notFound(DemoRequest $request, int $status = 200): HttpResponse {
		if ($this->userSession->getUser() === null) {
			return HttpResponse::redirect('/index.php/login?redirect_url=' . rawurlencode($request->getRequestUri()));
		}
		return $this->pages->page('user', 'Talk', $this->templates->render('talk-not-found', []), 'body-user', [], ['/demo/build/talk-call.css'], $status, 'spreed');
	}
}
