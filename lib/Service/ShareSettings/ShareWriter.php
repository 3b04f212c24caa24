<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Exception\ShareUpdateFailedException;
use OCP\HintException;
use OCP\Share\IManager;
use OCP\Share\IShare;

/**
 * Writes the "send password by Talk" flag and, when given, a new password through
 * Nextcloud's share manager, which hashes the password and applies its own rules.
 */
class ShareWriter {
	public function __construct(
		private IManager $shareManager,
	) {
	}

	/**
	 * @param string|null $newPassword plain text; null keeps the current password
	 * @return IShare the share as the share manager stored it
	 * @throws ShareUpdateFailedException
	 */
	public function write(IShare $share, bool $sendPasswordByTalk, #[\SensitiveParameter] ?string $newPassword): IShare {
		$share->setSendPasswordByTalk($sendPasswordByTalk);
		if ($newPassword !== null) {
			$share->setPassword($newPassword);
		}
		try {
			return $this->shareManager->updateShare($share);
		} catch (HintException $e) {
			// GenericShareException and the password policy's rejection: the hint is translated.
			throw new ShareUpdateFailedException($e->getHint(), 0, $e);
		} catch (\InvalidArgumentException $e) {
			// The share manager's rule violations carry translated messages.
			throw new ShareUpdateFailedException($e->getMessage(), 0, $e);
		}
	}
}
