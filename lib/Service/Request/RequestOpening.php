<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\CallMedia;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Exception\VideoRequiredException;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;

/**
 * A recipient asks to be seen on a call before a share opens: the request is stored,
 * bound to the caller's browser session, and the sharer is notified.
 */
class RequestOpening {
	public function __construct(
		private RequesterNameNormalizer $names,
		private RequestAdmission $admission,
		private RequestCredentialsIssuer $credentials,
		private VerificationRequestMapper $mapper,
		private RequestNotifications $notifications,
		private AdminPolicy $policy,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws RequestException|SettingsException
	 */
	public function create(mixed $shareToken, mixed $displayName, mixed $media = null): CreatedRequest {
		$name = $this->names->normalize($displayName);
		$callMedia = $this->callMedia($media);
		$now = $this->time->getTime();
		$share = $this->admission->admit($shareToken, $now);

		$credentials = $this->credentials->issue();
		$request = new VerificationRequest(
			$credentials->requestId,
			$credentials->secretHash,
			$credentials->sessionHash,
			$credentials->code,
			VerificationRequestStatus::Requested,
			$share->settings->mode,
			$now,
			$now + $this->policy->requestTtlSeconds(),
			$share->shareId(),
			(string)$share->share->getToken(),
			$share->fileName(),
			$name,
			$share->recipientEmail(),
			$share->share->getNodeId(),
			(string)$share->share->getShareOwner(),
			(string)$share->share->getSharedBy(),
			lastSeenAt: $now,
			callMedia: $callMedia,
		);
		$this->mapper->insert($request);
		$this->notifications->notifyCreated($request);
		return new CreatedRequest($request, $credentials->secret);
	}

	/**
	 * Video unless the caller says audio only, which the administrator must allow.
	 *
	 * @throws RequestException
	 */
	private function callMedia(mixed $media): CallMedia {
		$callMedia = $media === null ? CallMedia::Video : (is_string($media) ? CallMedia::tryFrom($media) : null);
		if ($callMedia === null) {
			throw new InvalidRequestBodyException($this->l10n->t('The media must be "video" or "audio".'));
		}
		if ($callMedia === CallMedia::Audio && !$this->policy->allowCallsWithoutVideo()) {
			throw new VideoRequiredException($this->l10n->t('The person who shared this file has to see you: the call needs a camera.'));
		}
		return $callMedia;
	}
}
