<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\ShareSettings;

use OCA\VideoVerification\Exception\PasswordGenerationFailedException;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IL10N;
use OCP\Security\Events\GenerateSecurePasswordEvent;
use OCP\Security\ISecureRandom;
use OCP\Security\PasswordContext;

/**
 * Makes the password of a share in approve mode: nobody is ever shown it, so it can be
 * long and random. It must still pass the instance's password policy.
 */
class SharePasswordGenerator {
	public const LENGTH = 40;

	private const CLASSES = [
		ISecureRandom::CHAR_UPPER,
		ISecureRandom::CHAR_LOWER,
		ISecureRandom::CHAR_DIGITS,
		ISecureRandom::CHAR_SYMBOLS,
	];

	public function __construct(
		private ISecureRandom $secureRandom,
		private IEventDispatcher $dispatcher,
		private PasswordPolicy $policy,
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws PasswordGenerationFailedException
	 */
	public function generate(): string {
		$password = $this->randomPassword();
		if ($this->policy->accepts($password)) {
			return $password;
		}

		// A policy stricter than length and character classes: let its own generator try.
		$event = new GenerateSecurePasswordEvent(PasswordContext::SHARING);
		$this->dispatcher->dispatchTyped($event);
		$fromPolicy = $event->getPassword();
		if ($fromPolicy !== null && $this->policy->accepts($fromPolicy)) {
			return $fromPolicy;
		}
		throw new PasswordGenerationFailedException(
			$this->l10n->t('Could not generate a password that the password policy accepts.'),
		);
	}

	/**
	 * LENGTH characters with at least one of each class, in random order.
	 */
	private function randomPassword(): string {
		$characters = [];
		foreach (self::CLASSES as $class) {
			$characters[] = $this->secureRandom->generate(1, $class);
		}
		$rest = $this->secureRandom->generate(self::LENGTH - count($characters), implode('', self::CLASSES));
		array_push($characters, ...str_split($rest));

		// Fisher-Yates with a CSPRNG, so the guaranteed characters are not at known places.
		for ($i = count($characters) - 1; $i > 0; $i--) {
			$j = random_int(0, $i);
			[$characters[$i], $characters[$j]] = [$characters[$j], $characters[$i]];
		}
		return implode('', $characters);
	}
}
