<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Middleware;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Service\Policy\SharingPolicy;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Middleware;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Refuses a files_sharing update that would switch off Password via Talk on a share whose
 * initiator is in a group the administrator requires it for.
 *
 * Nextcloud 33 and 34 dispatch no event when a share is updated, so this global middleware
 * stands before files_sharing's own `PUT /api/v1/shares/{id}`. It throws an
 * OCSForbiddenException, which the app framework's OCSMiddleware (registered before app
 * middlewares) renders as files_sharing renders its own errors: OCS 403, the message in
 * meta.message. Nothing has been changed at that point. On Nextcloud 35 SharePolicyListener
 * switches verification back on after any other update (ShareUpdatedEvent).
 *
 * Registered global, it is built by the container of whichever app handles the request: it
 * takes only server services and our classes built from them, and its own app's IL10N.
 */
class SharePolicyMiddleware extends Middleware {
	/** Compared as a string: our app never loads files_sharing's classes. */
	public const SHARE_API_CONTROLLER = 'OCA\\Files_Sharing\\Controller\\ShareAPIController';
	public const UPDATE_METHOD = 'updateShare';
	/** Where files_sharing looks up link shares and e-mail shares (both ids of oc_share). */
	private const PROVIDERS = ['ocinternal', 'ocMailShare'];

	public function __construct(
		private IRequest $request,
		private IManager $shareManager,
		private IUserSession $userSession,
		private SharingPolicy $policy,
		private IFactory $l10nFactory,
	) {
	}

	/**
	 * @throws OCSForbiddenException
	 */
	public function beforeController(Controller $controller, string $methodName): void {
		if ($methodName !== self::UPDATE_METHOD || !is_a($controller, self::SHARE_API_CONTROLLER)) {
			return;
		}
		if (!$this->switchesVerificationOff()) {
			return;
		}
		$share = $this->editableShare();
		if ($share === null || !$share->getSendPasswordByTalk() || !$this->isRequired($share)) {
			return;
		}
		throw new OCSForbiddenException(
			$this->l10nFactory->get(Application::APP_ID)->t('Your administrator requires Password via Talk for this share. It cannot be turned off.'),
		);
	}

	/**
	 * files_sharing reads both parameters as ?string (anything else fails its call with a
	 * TypeError and changes nothing): a flag other than 'true' clears Password via Talk, an
	 * empty password removes the password the flag needs.
	 */
	private function switchesVerificationOff(): bool {
		$flag = $this->request->getParam('sendPasswordByTalk');
		$password = $this->request->getParam('password');
		return (is_string($flag) && $flag !== 'true') || $password === '';
	}

	/**
	 * The share only when the caller may edit it (files_sharing's canEditShare); anything
	 * else is left to files_sharing's own answer, so that nobody learns about other shares here.
	 */
	private function editableShare(): ?IShare {
		$id = $this->request->getParam('id');
		$user = $this->userSession->getUser();
		// oc_share.id is a BIGINT: at most 19 digits.
		if (!is_string($id) || preg_match('/^[1-9][0-9]{0,18}$/', $id) !== 1 || !$user instanceof IUser) {
			return null;
		}
		foreach (self::PROVIDERS as $provider) {
			try {
				$share = $this->shareManager->getShareById($provider . ':' . $id);
			} catch (ShareNotFound) {
				continue;
			}
			$uid = $user->getUID();
			$mayEdit = $share->getPermissions() !== 0
				&& ($share->getShareOwner() === $uid || $share->getSharedBy() === $uid);
			return $mayEdit ? $share : null;
		}
		return null;
	}

	private function isRequired(IShare $share): bool {
		return in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)
			&& $this->policy->isRequiredForUserId($share->getSharedBy());
	}
}
