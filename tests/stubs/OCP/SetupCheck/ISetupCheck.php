<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\SetupCheck;

/**
 * Signature stub of OCP\SetupCheck\ISetupCheck (since 28.0.0): results show in the admin
 * overview; registered with IRegistrationContext::registerSetupCheck().
 */
interface ISetupCheck {
	public function getCategory(): string;

	public function getName(): string;

	public function run(): SetupResult;
}
