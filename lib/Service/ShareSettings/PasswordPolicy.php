<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Exception\PasswordRejectedException;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\HintException;
use OCP\Security\Events\ValidatePasswordPolicyEvent;
use OCP\Security\PasswordContext;

/**
 * Asks the instance's password policy (the password_policy app, when enabled) about a
 * share password, as the share manager does before it stores one.
 */
class PasswordPolicy {
	public function __construct(
		private IEventDispatcher $dispatcher,
	) {
	}

	/**
	 * @throws PasswordRejectedException with the policy's own explanation
	 */
	public function assertAcceptable(#[\SensitiveParameter] string $password): void {
		try {
			$this->dispatcher->dispatchTyped(new ValidatePasswordPolicyEvent($password, PasswordContext::SHARING));
		} catch (HintException $e) {
			throw new PasswordRejectedException($e->getHint(), 0, $e);
		}
	}

	public function accepts(#[\SensitiveParameter] string $password): bool {
		try {
			$this->assertAcceptable($password);
			return true;
		} catch (PasswordRejectedException) {
			return false;
		}
	}
}
