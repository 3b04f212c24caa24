<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Policy\SharingPolicy;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUser;
use OCP\IUserManager;
use OCP\Security\IHasher;
use OCP\Share\IShare;
use Psr\Log\LoggerInterface;

/**
 * Turns video verification on for every link and e-mail share whose initiator is in a
 * "required" group, on the server, whatever client created or changed the share.
 *
 * Creation: before the share is stored the flag is set and, without a password, a generated
 * one (so sharebymail mails no password); after it is stored (it has its id now) our row is
 * written. Update: Nextcloud has no "before update" event, so after an update that left the
 * share without verification (Nextcloud's own checkbox, a client, a share older than the
 * policy) it is switched on again exactly as our PUT does in approve mode.
 */
class SharePolicyEnforcer {
	/** @var array<string, true> share tokens whose password we generated before creation */
	private array $generatedForToken = [];
	private bool $enforcing = false;

	public function __construct(
		private SharingPolicy $policy,
		private AdminPolicy $settings,
		private TalkAvailability $talk,
		private SharePasswordGenerator $generator,
		private IHasher $hasher,
		private ShareSettingsMapper $mapper,
		private ShareSettingsService $shareSettings,
		private IUserManager $userManager,
		private ITimeFactory $time,
		private IL10N $l10n,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @return string|null why the share must not be created, or null
	 */
	public function beforeCreate(IShare $share): ?string {
		if (!$this->isRequired($share)) {
			return null;
		}
		if (!$this->talk->isEnabledForUserId($share->getSharedBy())) {
			return $this->l10n->t('Your administrator requires Password via Talk for link and e-mail shares, but Nextcloud Talk is not available to you.');
		}
		$share->setSendPasswordByTalk(true);
		$password = $share->getPassword();
		if ($password === null || $password === '') {
			$generated = $this->generator->generate();
			// Share20\Manager hashes a link share's password before this event; sharebymail
			// hashes an e-mail share's password itself when it stores the share.
			$share->setPassword($share->getShareType() === IShare::TYPE_LINK ? $this->hasher->hash($generated) : $generated);
			$this->generatedForToken[(string)$share->getToken()] = true;
		}
		return null;
	}

	public function afterCreate(IShare $share): void {
		$token = (string)$share->getToken();
		$generated = isset($this->generatedForToken[$token]);
		unset($this->generatedForToken[$token]);
		if (!$this->isRequired($share) || !$share->getSendPasswordByTalk() || $this->mapper->find((int)$share->getId()) !== null) {
			return;
		}
		// "Tell the password" needs a password the sharer knows
		$mode = !$generated && $this->settings->defaultMode() === VerificationMode::Password
			? VerificationMode::Password
			: VerificationMode::Approve;
		$this->mapper->save(new ShareSettings((int)$share->getId(), $mode, $share->getSharedBy(), $this->time->getTime(), $generated));
	}

	public function afterUpdate(IShare $share): void {
		if ($this->enforcing || !$this->isRequired($share)) {
			return;
		}
		if ($share->getSendPasswordByTalk() && $this->mapper->find((int)$share->getId()) !== null) {
			return;
		}
		$initiator = $this->userManager->get($share->getSharedBy());
		if (!$initiator instanceof IUser) {
			return;
		}
		$this->enforcing = true;
		try {
			$this->shareSettings->update($share->getId(), $initiator, new SettingsChange(true, VerificationMode::Approve, null));
		} catch (SettingsException $e) {
			// Talk gone for the sharer, or Nextcloud refused: the share stays as it is, the admin learns why
			$this->logger->warning('Could not enforce video verification on share {id}: {reason}', ['id' => $share->getId(), 'reason' => $e->getMessage(), 'app' => 'video_verification']);
		} finally {
			$this->enforcing = false;
		}
	}

	private function isRequired(IShare $share): bool {
		return in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)
			&& $this->policy->isRequiredForUserId((string)$share->getSharedBy());
	}
}
