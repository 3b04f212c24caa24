<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Bootstrap;

/**
 * Signature stub of OCP\AppFramework\Bootstrap\IBootstrap (since 20.0.0).
 */
interface IBootstrap {
	public function register(IRegistrationContext $context): void;

	public function boot(IBootContext $context): void;
}
