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
 * Signature stub of OCP\Security\Events\ValidatePasswordPolicyEvent (since 18.0.0):
 * a password policy app throws an OCP\HintException when the password is rejected.
 */
class ValidatePasswordPolicyEvent extends Event {
	public function __construct(
		private string $password,
		private PasswordContext $context = PasswordContext::ACCOUNT,
	) {
		parent::__construct();
	}

	public function getPassword(): string {
		return $this->password;
	}

	public function getContext(): PasswordContext {
		return $this->context;
	}
}
