<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\CallbackMapper;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IURLGenerator;
use OCP\L10N\IFactory;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\IAction;
use OCP\Notification\INotification;
use OCP\Notification\INotifier;
use OCP\Notification\UnknownNotificationException;

/**
 * The sharer's "{name} asks you to call back about {file}" with the message and when they
 * asked. While the recipient's page is still open (it polled in the last 30 s) the
 * notification offers "Call back", which makes that page call again; otherwise it says
 * that the page was closed, so the sharer knows to reach them another way.
 */
class CallbackNotifier implements INotifier {
	public const PAGE_OPEN_SECONDS = 30;

	public function __construct(
		private IFactory $l10nFactory,
		private VerificationRequestMapper $requests,
		private CallbackMapper $callbacks,
		private IURLGenerator $urlGenerator,
		private ITimeFactory $time,
	) {
	}

	public function getID(): string {
		return Application::APP_ID . '_callback';
	}

	public function getName(): string {
		return $this->l10nFactory->get(Application::APP_ID)->t('Video Verification callbacks');
	}

	public function prepare(INotification $notification, string $languageCode): INotification {
		if ($notification->getApp() !== Application::APP_ID
			|| $notification->getSubject() !== CallbackNotifications::SUBJECT
			|| $notification->getObjectType() !== CallbackNotifications::OBJECT_TYPE) {
			throw new UnknownNotificationException('Not a callback');
		}
		$request = $this->requests->find($notification->getObjectId());
		$callback = $this->callbacks->find($notification->getObjectId());
		if ($request === null || $callback === null || $callback->isCallingBack()) {
			throw new AlreadyProcessedException();
		}
		$l = $this->l10nFactory->get(Application::APP_ID, $languageCode);

		$subject = $l->t('{name} asks you to call back about {file}');
		$notification->setRichSubject($subject, [
			'name' => ['type' => 'highlight', 'id' => $request->requestId, 'name' => $request->requesterName],
			'file' => ['type' => 'highlight', 'id' => (string)$request->fileId, 'name' => $request->fileName],
		]);
		$notification->setParsedSubject(strtr($subject, ['{name}' => $request->requesterName, '{file}' => $request->fileName]));

		$askedAt = (string)$l->l('time', $callback->requestedAt, ['width' => 'short']);
		$pageOpen = $callback->polledAt !== null && $this->time->getTime() - $callback->polledAt <= self::PAGE_OPEN_SECONDS;
		$status = $pageOpen
			? $l->t('Asked at %s. Their page is open: "Call back" rings them.', [$askedAt])
			: $l->t('Asked at %s. Their page has been closed since.', [$askedAt]);
		// The caller's words travel as their own parameter, shown as a quotation: never
		// glued to a line of ours that they could continue.
		$richLines = [$status];
		$parsedLines = [$status];
		$parameters = [];
		if ($callback->message !== '') {
			$richLines[] = $l->t('They wrote: {message}');
			$parsedLines[] = $l->t('They wrote: “%s”', [$callback->message]);
			$parameters['message'] = ['type' => 'highlight', 'id' => $request->requestId . '-message', 'name' => '“' . $callback->message . '”'];
		}
		if ($request->requesterEmail !== null) {
			$richLines[] = $l->t('The share was sent to {email}; the caller may be someone else.');
			$parsedLines[] = $l->t('The share was sent to %s; the caller may be someone else.', [$request->requesterEmail]);
			$parameters['email'] = ['type' => 'highlight', 'id' => $request->requestId . '-email', 'name' => $request->requesterEmail];
		}
		$notification->setRichMessage(implode("\n", $richLines), $parameters);
		$notification->setParsedMessage(implode("\n", $parsedLines));
		if ($request->fileId > 0) {
			$notification->setLink($this->urlGenerator->getAbsoluteURL('/index.php/f/' . $request->fileId));
		}
		$notification->setIcon($this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg')));

		if ($pageOpen) {
			$callBack = $notification->createAction()
				->setLabel('call_back')
				->setParsedLabel($l->t('Call back'))
				->setLink($this->urlGenerator->getAbsoluteURL(Notifier::OCS_REQUESTS . $request->requestId . '/call-back'), IAction::TYPE_POST)
				->setPrimary(true);
			$notification->addParsedAction($callBack);
		}
		return $notification;
	}
}
