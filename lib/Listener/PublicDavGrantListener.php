<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Listener;

use OCA\VideoVerification\Service\ShareSession\GrantEnforcer;
use OCP\BeforeSabrePubliclyLoadedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IRequest;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;
use Sabre\DAV\Exception\NotAuthenticated;

/**
 * Public WebDAV (/public.php/dav/files/{token}, and the legacy /public.php/webdav with the
 * token as Basic-auth user): apps/dav's v2/publicremote.php and v1/publicwebdav.php dispatch
 * BeforeSabrePubliclyLoadedEvent with their Sabre server before it starts. We hook the
 * server's 'beforeMethod:*' event: when this browser session's grant for the share has
 * ended (GrantEnforcer), every method answers 401 as for a session that never
 * authenticated. publicremote.php has closed the PHP session by then, so the session keeps
 * the share until its next page load (GrantEnforcementMiddleware); the grant row decides.
 *
 * @template-implements IEventListener<BeforeSabrePubliclyLoadedEvent>
 */
class PublicDavGrantListener implements IEventListener {
	/** Before Sabre's auth plugin (10): a refused grant needs no authentication run. */
	public const PRIORITY = 5;
	private const TOKEN_PATTERN = '#/public\.php/dav/files/([A-Za-z0-9]+)(?:/|$|\?)#';
	private const LEGACY_PATTERN = '#/public\.php/webdav(?:/|$|\?)#';

	public function __construct(
		private IRequest $request,
		private IManager $shareManager,
		private GrantEnforcer $enforcer,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof BeforeSabrePubliclyLoadedEvent) {
			return;
		}
		$server = $event->getServer();
		if (!is_object($server) || !method_exists($server, 'on')) {
			return;
		}
		$server->on('beforeMethod:*', function (): void {
			$this->check();
		}, self::PRIORITY);
	}

	/**
	 * @throws NotAuthenticated
	 */
	public function check(): void {
		$token = $this->token();
		if ($token === null) {
			return;
		}
		try {
			$share = $this->shareManager->getShareByToken($token);
		} catch (ShareNotFound) {
			return;
		}
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)) {
			return;
		}
		if ($this->enforcer->endedGrant($share) !== null) {
			throw new NotAuthenticated('No public access to this resource.');
		}
	}

	/**
	 * The share token of the request: in the path of /public.php/dav/files/{token}, or the
	 * Basic-auth user of the legacy /public.php/webdav (dav's LegacyPublicAuth, which also
	 * accepts a session whose list holds the share, whatever the password).
	 */
	private function token(): ?string {
		$uri = $this->request->getRequestUri();
		if (preg_match(self::TOKEN_PATTERN, $uri, $matches) === 1) {
			return $matches[1];
		}
		if (preg_match(self::LEGACY_PATTERN, $uri) !== 1) {
			return null;
		}
		$authorization = $this->request->getHeader('Authorization');
		if (!str_starts_with($authorization, 'Basic ')) {
			return null;
		}
		$credentials = base64_decode(substr($authorization, 6), true);
		if ($credentials === false) {
			return null;
		}
		$user = explode(':', $credentials, 2)[0];
		return preg_match('/^[A-Za-z0-9]+$/', $user) === 1 ? $user : null;
	}
}
