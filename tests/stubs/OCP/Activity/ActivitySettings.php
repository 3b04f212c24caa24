<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Activity;

/**
 * Signature stub of OCP\Activity\ActivitySettings (since 20.0.0): the abstract members and
 * the defaults of the others as the server documents them.
 */
abstract class ActivitySettings implements ISetting {
	abstract public function getIdentifier();

	abstract public function getName();

	abstract public function getGroupIdentifier();

	abstract public function getGroupName();

	abstract public function getPriority();

	public function canChangeMail() {
		return true;
	}

	public function canChangeNotification() {
		return true;
	}

	public function isDefaultEnabledMail() {
		return false;
	}

	public function isDefaultEnabledNotification() {
		return $this->isDefaultEnabledMail() && !$this->canChangeMail();
	}

	public function canChangeStream() {
		return false;
	}

	public function isDefaultEnabledStream() {
		return true;
	}
}
