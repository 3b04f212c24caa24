<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Activity;

use OCP\Activity\ActivitySettings;
use OCP\IL10N;

/**
 * The activity setting "A video verification request was approved or declined", in the
 * sharing group of the personal activity settings.
 */
class Setting extends ActivitySettings {
	public function __construct(
		private IL10N $l10n,
	) {
	}

	public function getIdentifier() {
		return RequestActivityPublisher::TYPE;
	}

	public function getName() {
		return $this->l10n->t('A video verification request for a file you shared was <strong>approved or declined</strong>');
	}

	public function getGroupIdentifier() {
		return 'sharing';
	}

	public function getGroupName() {
		return $this->l10n->t('Sharing');
	}

	public function getPriority() {
		return 70;
	}

	public function canChangeMail() {
		return true;
	}

	public function isDefaultEnabledMail() {
		return false;
	}
}
