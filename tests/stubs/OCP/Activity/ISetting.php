<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Activity;

/**
 * Signature stub of OCP\Activity\ISetting (since 11.0.0).
 */
interface ISetting {
	public function getIdentifier();

	public function getName();

	public function getPriority();

	public function canChangeStream();

	public function isDefaultEnabledStream();

	public function canChangeMail();

	public function isDefaultEnabledMail();
}
