<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Security\Events;

use OCP\EventDispatcher\Event;
use OCP\Security\PasswordContext;

/**
 * Signature stub of OCP\Security\Events\GenerateSecurePasswordEvent (since 18.0.0):
 * a password policy app answers it with a password that satisfies the policy.
 */
class GenerateSecurePasswordEvent extends Event {
	private ?string $password = null;

	public function __construct(
		private PasswordContext $context = PasswordContext::ACCOUNT,
	) {
		parent::__construct();
	}

	public function getPassword(): ?string {
		return $this->password;
	}

	public function setPassword(#[\SensitiveParameter] string $password): void {
		$this->password = $password;
	}

	public function getContext(): PasswordContext {
		return $this->context;
	}
}
