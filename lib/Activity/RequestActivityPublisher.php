<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Activity;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCP\Activity\IManager;
use OCP\App\IAppManager;
use Psr\Log\LoggerInterface;

/**
 * An activity entry for the share's owner (and its initiator, if someone else) when a
 * request is approved or declined, if the activity app is enabled.
 */
class RequestActivityPublisher {
	public const TYPE = 'video_verification';
	public const SUBJECT_APPROVED = 'request_approved';
	public const SUBJECT_DECLINED = 'request_declined';

	public function __construct(
		private IManager $activityManager,
		private IAppManager $appManager,
		private LoggerInterface $logger,
	) {
	}

	public function publishDecision(VerificationRequest $request): void {
		$subject = match ($request->status) {
			VerificationRequestStatus::Approved => self::SUBJECT_APPROVED,
			VerificationRequestStatus::Declined => self::SUBJECT_DECLINED,
			default => null,
		};
		if ($subject === null || !$this->appManager->isEnabledForAnyone('activity')) {
			return;
		}
		$affected = array_unique(array_filter([$request->shareOwner, $request->sharedBy], static fn (string $uid): bool => $uid !== ''));
		foreach ($affected as $uid) {
			$event = $this->activityManager->generateEvent();
			$event->setApp(Application::APP_ID)
				->setType(self::TYPE)
				->setAffectedUser($uid)
				->setAuthor((string)$request->decidedBy)
				->setTimestamp((int)$request->decidedAt)
				->setSubject($subject, [
					'requestId' => $request->requestId,
					'requester' => $request->requesterName,
					'file' => $request->fileName,
					'fileId' => $request->fileId,
				])
				->setObject('files', $request->fileId, $request->fileName);
			try {
				$this->activityManager->publish($event);
			} catch (\InvalidArgumentException|\BadMethodCallException $e) {
				// The decision is recorded; a missing activity entry must not undo it.
				$this->logger->warning('Could not publish the activity of a verification decision', ['exception' => $e]);
			}
		}
	}
}
