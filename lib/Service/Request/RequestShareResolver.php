<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Request;

use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\Exception\TalkUnavailableException;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCP\IL10N;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Finds the share a recipient's public page names by its token, if a recipient may
 * request verification for it: a link or e-mail share with our settings row AND
 * Nextcloud's "send password by Talk" flag (the flag alone is Talk's own flow). Later,
 * the share a request opens, and its password as files_sharing checks it.
 */
class RequestShareResolver {
	/** oc_share.token: at most 32 characters, printable ASCII in every token Nextcloud makes or accepts. */
	private const TOKEN_PATTERN = '/^[\x21-\x7E]{1,32}$/';

	public function __construct(
		private IManager $shareManager,
		private ShareSettingsMapper $settingsMapper,
		private TalkAvailability $talk,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws ShareNotFoundException for an unknown token and a share without our
	 *                                verification alike: nobody learns which tokens exist
	 * @throws TalkUnavailableException when Talk cannot ring the sharer
	 */
	public function resolve(mixed $shareToken): RequestableShare {
		if (!is_string($shareToken) || preg_match(self::TOKEN_PATTERN, $shareToken) !== 1) {
			throw $this->notFound();
		}
		try {
			$share = $this->shareManager->getShareByToken($shareToken);
		} catch (ShareNotFound) {
			throw $this->notFound();
		}
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)
			|| !$share->getSendPasswordByTalk()) {
			throw $this->notFound();
		}
		$settings = $this->settingsMapper->find((int)$share->getId());
		if ($settings === null) {
			throw $this->notFound();
		}
		// Talk rings the initiator of the share (spreed PublicShareAuthController uses getSharedBy()).
		if (!$this->talk->isEnabledForUserId((string)$share->getSharedBy())) {
			throw new TalkUnavailableException($this->l10n->t('The person who shared this file cannot be called right now because Nextcloud Talk is not available to them.'));
		}
		return new RequestableShare($share, $settings);
	}

	/**
	 * The share the request was made for, null once it is gone (or its token now names
	 * another share).
	 */
	public function shareOf(VerificationRequest $request): ?IShare {
		try {
			$share = $this->shareManager->getShareByToken($request->shareToken);
		} catch (ShareNotFound) {
			return null;
		}
		return (int)$share->getId() === $request->shareId ? $share : null;
	}

	public function passwordMatches(IShare $share, #[\SensitiveParameter] string $password): bool {
		return $this->shareManager->checkPassword($share, $password);
	}

	private function notFound(): ShareNotFoundException {
		return new ShareNotFoundException($this->l10n->t('This share does not exist or cannot be verified by video call.'));
	}
}
