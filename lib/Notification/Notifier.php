<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Notification;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\CallMedia;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Request\RequestView;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IURLGenerator;
use OCP\L10N\IFactory;
use OCP\Notification\AlreadyProcessedException;
use OCP\Notification\IAction;
use OCP\Notification\INotification;
use OCP\Notification\INotifier;
use OCP\Notification\UnknownNotificationException;

/**
 * The sharer's notification of a request: who asks to open which file, the read-back
 * code to compare with what the caller reads out, and Approve / Decline, which the web,
 * desktop and mobile clients send as OCS requests. A request that is no longer open
 * makes its notification disappear.
 */
class Notifier implements INotifier {
	public const OCS_REQUESTS = '/ocs/v2.php/apps/video_verification/api/v1/requests/';

	public function __construct(
		private IFactory $l10nFactory,
		private VerificationRequestMapper $mapper,
		private IURLGenerator $urlGenerator,
		private ITimeFactory $time,
	) {
	}

	public function getID(): string {
		return Application::APP_ID;
	}

	public function getName(): string {
		return $this->l10nFactory->get(Application::APP_ID)->t('Video Verification');
	}

	public function prepare(INotification $notification, string $languageCode): INotification {
		if ($notification->getApp() !== Application::APP_ID) {
			throw new UnknownNotificationException('Incorrect app');
		}
		if ($notification->getSubject() !== RequestNotifications::SUBJECT
			|| $notification->getObjectType() !== RequestNotifications::OBJECT_TYPE) {
			throw new UnknownNotificationException('Unknown subject');
		}
		$request = $this->mapper->find($notification->getObjectId());
		if ($request === null || !$request->statusAt($this->time->getTime())->isOpen()) {
			throw new AlreadyProcessedException();
		}
		$l = $this->l10nFactory->get(Application::APP_ID, $languageCode);

		$subject = $l->t('{name} asks to open {file}');
		$notification->setRichSubject($subject, [
			'name' => ['type' => 'highlight', 'id' => $request->requestId, 'name' => $request->requesterName],
			'file' => ['type' => 'highlight', 'id' => (string)$request->fileId, 'name' => $request->fileName],
		]);
		$notification->setParsedSubject(strtr($subject, ['{name}' => $request->requesterName, '{file}' => $request->fileName]));

		$message = $l->t('Read-back code: %1$s · requested at %2$s', [
			RequestView::displayCode($request->code),
			(string)$l->l('time', $request->createdAt, ['width' => 'short']),
		]);
		$richMessage = $message;
		$parameters = [];
		if ($request->requesterEmail !== null) {
			// The address the share went to, not the caller's: anyone holding a forwarded
			// link can call and type any name.
			$richMessage .= "\n" . $l->t('The share was sent to {email}; the caller may be someone else.');
			$message .= "\n" . $l->t('The share was sent to %s; the caller may be someone else.', [$request->requesterEmail]);
			$parameters['email'] = ['type' => 'highlight', 'id' => $request->requestId . '-email', 'name' => $request->requesterEmail];
		}
		if ($request->callMedia === CallMedia::Audio) {
			$message .= "\n" . $l->t('No video: you cannot see this person.');
			$richMessage .= "\n" . $l->t('No video: you cannot see this person.');
		}
		$notification->setRichMessage($richMessage, $parameters);
		$notification->setParsedMessage($message);

		if ($request->fileId > 0) {
			$notification->setLink($this->urlGenerator->getAbsoluteURL('/index.php/f/' . $request->fileId));
		}
		$notification->setIcon($this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg')));

		$base = $this->urlGenerator->getAbsoluteURL(self::OCS_REQUESTS . $request->requestId);
		// The recipient joins Talk's call silently, so this is the only notification of the
		// call: while it rings it carries Talk's "Answer call" (its link as spreed's Notifier
		// builds it: the conversation, then Talk's device preview). Once answered the same
		// place leads back to the call, so that Approve and Decline do not move under the
		// sharer's pointer when the notification is refreshed (Nextcloud puts the primary
		// action first).
		$callLink = $request->talkRoomToken === null ? null
			: $this->urlGenerator->linkToRouteAbsolute('spreed.Page.showCall', ['token' => $request->talkRoomToken]) . '#direct-call';
		$ringing = $callLink !== null && $request->answeredAt === null
			&& $request->status === VerificationRequestStatus::Ringing;
		$inCall = $callLink !== null && $request->answeredAt !== null;
		if ($ringing || $inCall) {
			$notification->addParsedAction($notification->createAction()
				->setLabel($ringing ? 'answer_call' : 'back_to_call')
				->setParsedLabel($ringing ? $l->t('Answer call') : $l->t('Back to call'))
				->setLink($callLink, IAction::TYPE_WEB)
				->setPrimary(true));
		}
		$approve = $notification->createAction()
			->setLabel('approve')
			->setParsedLabel($l->t('Approve'))
			->setLink($base . '/approve', IAction::TYPE_POST)
			->setPrimary(!$ringing && !$inCall);
		$decline = $notification->createAction()
			->setLabel('decline')
			->setParsedLabel($l->t('Decline'))
			->setLink($base . '/decline', IAction::TYPE_POST)
			->setPrimary(false);
		$notification->addParsedAction($approve);
		$notification->addParsedAction($decline);
		if ($request->callMedia !== CallMedia::Audio) {
			// Puts "Show your ID to the camera" on the recipient's screen; the checks are
			// stepped through and ticked in the file's Sharing tab (the notification's link).
			$notification->addParsedAction($notification->createAction()
				->setLabel('id_check')
				->setParsedLabel($l->t('Ask for ID document'))
				->setLink($base . '/id-check', IAction::TYPE_POST)
				->setPrimary(false));
		}
		return $notification;
	}
}
