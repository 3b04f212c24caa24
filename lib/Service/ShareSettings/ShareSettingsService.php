<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Db\GrantEndReason;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Exception\NotAllowedException;
use OCA\VideoVerification\Exception\PasswordRequiredException;
use OCA\VideoVerification\Exception\RequiredByPolicyException;
use OCA\VideoVerification\Exception\SettingsException;
use OCA\VideoVerification\Exception\TalkUnavailableException;
use OCA\VideoVerification\Exception\UnsupportedShareTypeException;
use OCA\VideoVerification\Service\Policy\SharingPolicy;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUser;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Switches video verification on or off for a link or e-mail share.
 *
 * On: the share's native "send password by Talk" flag is set (Nextcloud then mails no
 * password to the recipient) and the share gets a password: the sharer's own, or in
 * approve mode a generated one nobody is shown. Off: the flag is cleared and our row
 * deleted. Nextcloud demands a new password whenever the flag of an e-mail share
 * changes; the service provides one so the sharer never meets that rule as an error.
 */
class ShareSettingsService {
	public function __construct(
		private ShareResolver $resolver,
		private ShareSettingsMapper $mapper,
		private TalkAvailability $talk,
		private PasswordPolicy $policy,
		private SharePasswordGenerator $generator,
		private ShareWriter $writer,
		private IManager $shareManager,
		private ITimeFactory $timeFactory,
		private IL10N $l10n,
		private SharingPolicy $sharingPolicy,
		private GrantMapper $grants,
	) {
	}

	/**
	 * @throws SettingsException
	 */
	public function get(string $shareId, IUser $user): ShareSettingsView {
		$share = $this->verifiableShare($shareId, $user);
		$talkAvailable = $this->talk->isEnabledForUserId($share->getSharedBy());
		$settings = $this->mapper->find((int)$share->getId());
		if ($settings === null || !$share->getSendPasswordByTalk()) {
			return ShareSettingsView::disabled($share->getId(), false, $talkAvailable);
		}
		return ShareSettingsView::enabled($settings, $talkAvailable);
	}

	/**
	 * @throws SettingsException
	 */
	public function update(string $shareId, IUser $user, SettingsChange $change): ShareSettingsView {
		$share = $this->verifiableShare($shareId, $user);
		if (!$this->sharingPolicy->mayUse($user)) {
			throw new NotAllowedException($this->l10n->t('Your administrator has not enabled Password via Talk for you.'));
		}
		if (!$change->enabled && $this->sharingPolicy->isRequiredForUserId($share->getSharedBy())) {
			throw new RequiredByPolicyException($this->l10n->t('Your administrator requires Password via Talk for this share. It cannot be turned off.'));
		}
		// Talk rings the initiator of the share (spreed PublicShareAuthController uses getSharedBy()).
		$talkAvailable = $this->talk->isEnabledForUserId($share->getSharedBy());
		if ($change->enabled) {
			return $this->enable($share, $user, $change, $talkAvailable);
		}
		return $this->disable($share, $talkAvailable);
	}

	/**
	 * @throws SettingsException
	 */
	private function enable(IShare $share, IUser $user, SettingsChange $change, bool $talkAvailable): ShareSettingsView {
		if (!$talkAvailable) {
			throw new TalkUnavailableException($this->l10n->t('Password via Talk needs Nextcloud Talk, which is not available for the person who shared this file.'));
		}
		$shareId = (int)$share->getId();
		$row = $this->mapper->find($shareId);
		$flagOn = $share->getSendPasswordByTalk();
		$active = $row !== null && $flagOn;
		// Nextcloud refuses to change the flag of an e-mail share without a new password.
		$flagChangeNeedsNewPassword = $share->getShareType() === IShare::TYPE_EMAIL && !$flagOn;
		$hasPassword = $share->getPassword() !== null && $share->getPassword() !== '';
		$currentPasswordIsGenerated = $row?->passwordGenerated ?? false;

		if ($change->password !== null) {
			// Before any write, so that a rejected password changes nothing.
			$this->policy->assertAcceptable($change->password);
			$this->setPasswordAndFlag($share, $change->password, $flagChangeNeedsNewPassword);
			$passwordGenerated = false;
		} elseif ($change->mode === VerificationMode::Password) {
			if (!$hasPassword || $currentPasswordIsGenerated) {
				throw new PasswordRequiredException($this->l10n->t('Enter the password you will tell in the call.'));
			}
			if ($flagChangeNeedsNewPassword) {
				throw new PasswordRequiredException($this->l10n->t('E-mail shares need a new password when Password via Talk is switched on. Enter the password you will tell in the call.'));
			}
			$this->setFlag($share);
			$passwordGenerated = false;
		} elseif ($hasPassword && !$flagChangeNeedsNewPassword) {
			// Approve mode keeps any password the share has: the call releases the file anyway.
			$this->setFlag($share);
			$passwordGenerated = $currentPasswordIsGenerated;
		} else {
			$this->writer->write($share, true, $this->generator->generate());
			$passwordGenerated = true;
		}

		$settings = $active
			? $row->withMode($change->mode, $passwordGenerated)
			: new ShareSettings($shareId, $change->mode, $user->getUID(), $this->timeFactory->getTime(), $passwordGenerated);
		if ($row === null || !$row->equals($settings)) {
			$this->mapper->save($settings);
		}
		return ShareSettingsView::enabled($settings, $talkAvailable);
	}

	/**
	 * @throws SettingsException
	 */
	private function disable(IShare $share, bool $talkAvailable): ShareSettingsView {
		$shareId = (int)$share->getId();
		$row = $this->mapper->find($shareId);
		if ($row === null) {
			// Never switched on by us: a flag set with Nextcloud's own checkbox stays as it is.
			return ShareSettingsView::disabled($share->getId(), false, $talkAvailable);
		}

		$passwordGenerated = $row->passwordGenerated;
		if ($share->getSendPasswordByTalk()) {
			if ($share->getShareType() === IShare::TYPE_EMAIL) {
				$this->writer->write($share, false, $this->generator->generate());
				$passwordGenerated = true;
			} else {
				$this->writer->write($share, false, null);
			}
		}
		$this->mapper->delete($shareId);
		// Browsers our verification opened lose the share (GrantEnforcer would also notice on their next request).
		$this->grants->endAllOfShare($shareId, $this->timeFactory->getTime(), GrantEndReason::VerificationOff);
		return ShareSettingsView::disabled($share->getId(), $passwordGenerated, $talkAvailable);
	}

	/**
	 * Sets the flag and the sharer's password, writing only what differs.
	 *
	 * @throws SettingsException
	 */
	private function setPasswordAndFlag(IShare $share, #[\SensitiveParameter] string $password, bool $flagChangeNeedsNewPassword): void {
		if (!$this->isCurrentPassword($share, $password)) {
			$this->writer->write($share, true, $password);
			return;
		}
		if (!$flagChangeNeedsNewPassword) {
			$this->setFlag($share);
			return;
		}
		// An e-mail share and the sharer re-entered its current password: switch the flag
		// with a throwaway password, then set theirs again. With the flag on, sharebymail
		// mails neither password to anyone.
		$stored = $this->writer->write($share, true, $this->generator->generate());
		$this->writer->write($stored, true, $password);
	}

	/**
	 * @throws SettingsException
	 */
	private function setFlag(IShare $share): void {
		if (!$share->getSendPasswordByTalk()) {
			$this->writer->write($share, true, null);
		}
	}

	private function isCurrentPassword(IShare $share, #[\SensitiveParameter] string $password): bool {
		return $share->getPassword() !== null && $this->shareManager->checkPassword($share, $password);
	}

	/**
	 * @throws SettingsException
	 */
	private function verifiableShare(string $shareId, IUser $user): IShare {
		$share = $this->resolver->resolveEditable($shareId, $user);
		if (!in_array($share->getShareType(), [IShare::TYPE_LINK, IShare::TYPE_EMAIL], true)) {
			throw new UnsupportedShareTypeException($this->l10n->t('Password via Talk is only available for link and e-mail shares.'));
		}
		return $share;
	}
}
