<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Service\Request\RequestPasswordCheck;
use OCP\IURLGenerator;
use OCP\L10N\IFactory;
use OCP\Notification\INotification;
use OCP\Notification\INotifier;
use OCP\Notification\UnknownNotificationException;

/**
 * The sharer's "{name} typed the password of {file} wrong 5 times; the request was closed":
 * someone in the call may be guessing, and the recipient has to call again.
 */
class PasswordLockoutNotifier implements INotifier {
	public function __construct(
		private IFactory $l10nFactory,
		private VerificationRequestMapper $requests,
		private IURLGenerator $urlGenerator,
	) {
	}

	public function getID(): string {
		return Application::APP_ID . '_password_lockout';
	}

	public function getName(): string {
		return $this->l10nFactory->get(Application::APP_ID)->t('Video Verification wrong passwords');
	}

	public function prepare(INotification $notification, string $languageCode): INotification {
		if ($notification->getApp() !== Application::APP_ID
			|| $notification->getSubject() !== PasswordLockoutNotifications::SUBJECT
			|| $notification->getObjectType() !== PasswordLockoutNotifications::OBJECT_TYPE) {
			throw new UnknownNotificationException('Not a password lockout');
		}
		$request = $this->requests->find($notification->getObjectId());
		if ($request === null) {
			throw new UnknownNotificationException('Request gone');
		}
		$l = $this->l10nFactory->get(Application::APP_ID, $languageCode);
		$subject = $l->t('{name} typed the password of {file} wrong %d times; the request was closed', [RequestPasswordCheck::MAX_WRONG_PASSWORDS]);
		$notification->setRichSubject($subject, [
			'name' => ['type' => 'highlight', 'id' => $request->requestId, 'name' => $request->requesterName],
			'file' => ['type' => 'highlight', 'id' => (string)$request->fileId, 'name' => $request->fileName],
		]);
		$notification->setParsedSubject(strtr($subject, ['{name}' => $request->requesterName, '{file}' => $request->fileName]));
		$notification->setParsedMessage($l->t('They have to call again. If you did not tell them the password, someone may be guessing it.'));
		if ($request->fileId > 0) {
			$notification->setLink($this->urlGenerator->getAbsoluteURL('/index.php/f/' . $request->fileId));
		}
		$notification->setIcon($this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg')));
		return $notification;
	}
}
