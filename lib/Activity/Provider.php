<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Activity;

use OCA\VideoVerification\AppInfo\Application;
use OCP\Activity\Exceptions\UnknownActivityException;
use OCP\Activity\IEvent;
use OCP\Activity\IProvider;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\L10N\IFactory;

/**
 * Renders our activity entries: "You approved the video verification of Carol for
 * Contract.pdf" (or "{user} approved …" when someone else decided).
 */
class Provider implements IProvider {
	public function __construct(
		private IFactory $l10nFactory,
		private IURLGenerator $urlGenerator,
		private IUserManager $userManager,
	) {
	}

	public function parse($language, IEvent $event, ?IEvent $previousEvent = null) {
		if ($event->getApp() !== Application::APP_ID || $event->getType() !== RequestActivityPublisher::TYPE) {
			throw new UnknownActivityException();
		}
		$approved = match ($event->getSubject()) {
			RequestActivityPublisher::SUBJECT_APPROVED => true,
			RequestActivityPublisher::SUBJECT_DECLINED => false,
			default => throw new UnknownActivityException(),
		};
		$l = $this->l10nFactory->get(Application::APP_ID, $language);
		$parameters = $event->getSubjectParameters();
		$requester = (string)($parameters['requester'] ?? '');
		$fileName = (string)($parameters['file'] ?? $event->getObjectName());
		$fileId = (string)($parameters['fileId'] ?? $event->getObjectId());
		$author = $event->getAuthor();
		$byYou = $author === $event->getAffectedUser();

		$subject = match (true) {
			$approved && $byYou => $l->t('You approved the video verification of {requester} for {file}'),
			$approved => $l->t('{user} approved the video verification of {requester} for {file}'),
			$byYou => $l->t('You declined the video verification of {requester} for {file}'),
			default => $l->t('{user} declined the video verification of {requester} for {file}'),
		};
		$rich = [
			'requester' => ['type' => 'highlight', 'id' => (string)($parameters['requestId'] ?? ''), 'name' => $requester],
			'file' => ['type' => 'highlight', 'id' => $fileId, 'name' => $fileName, 'link' => $this->urlGenerator->getAbsoluteURL('/index.php/f/' . $fileId)],
		];
		$plain = ['{requester}' => $requester, '{file}' => $fileName];
		if (!$byYou) {
			$displayName = $this->userManager->getDisplayName($author) ?? $author;
			$rich['user'] = ['type' => 'user', 'id' => $author, 'name' => $displayName];
			$plain['{user}'] = $displayName;
		}
		$event->setRichSubject($subject, $rich)
			->setParsedSubject(strtr($subject, $plain))
			->setIcon($this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg')));
		return $event;
	}
}
