<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSettings;

use OCA\VideoVerification\Exception\PasswordGenerationFailedException;
use OCA\VideoVerification\Service\ShareSettings\PasswordPolicy;
use OCA\VideoVerification\Service\ShareSettings\SharePasswordGenerator;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\HintException;
use OCP\Security\Events\GenerateSecurePasswordEvent;
use OCP\Security\Events\ValidatePasswordPolicyEvent;
use OCP\Security\ISecureRandom;
use OCP\Security\PasswordContext;
use PHPUnit\Framework\TestCase;

class SharePasswordGeneratorTest extends TestCase {
	use ShareFixtures;

	public function testPasswordsAreLongRandomAndHaveEveryCharacterClass(): void {
		$generator = $this->generator($this->dispatcher(static fn (Event $event) => null));

		$passwords = [];
		for ($i = 0; $i < 20; $i++) {
			$password = $generator->generate();
			$this->assertSame(SharePasswordGenerator::LENGTH, strlen($password));
			$this->assertGreaterThanOrEqual(32, strlen($password));
			$this->assertMatchesRegularExpression('/[A-Z]/', $password);
			$this->assertMatchesRegularExpression('/[a-z]/', $password);
			$this->assertMatchesRegularExpression('/[0-9]/', $password);
			$this->assertMatchesRegularExpression('/[^A-Za-z0-9]/', $password);
			$passwords[] = $password;
		}
		$this->assertCount(20, array_unique($passwords));
	}

	public function testThePolicyIsAskedInTheSharingContext(): void {
		$contexts = [];
		$generator = $this->generator($this->dispatcher(static function (Event $event) use (&$contexts): void {
			if ($event instanceof ValidatePasswordPolicyEvent) {
				$contexts[] = $event->getContext();
			}
		}));

		$generator->generate();

		$this->assertSame([PasswordContext::SHARING], $contexts);
	}

	public function testAStricterPolicyGetsToGenerateThePassword(): void {
		$generator = $this->generator($this->dispatcher(static function (Event $event): void {
			if ($event instanceof GenerateSecurePasswordEvent) {
				$event->setPassword('policy-made');
			}
			if ($event instanceof ValidatePasswordPolicyEvent && $event->getPassword() !== 'policy-made') {
				throw new HintException('rejected', 'Not from my dictionary.');
			}
		}));

		$this->assertSame('policy-made', $generator->generate());
	}

	public function testFailsWhenThePolicyAcceptsNothing(): void {
		$generator = $this->generator($this->dispatcher(static function (Event $event): void {
			if ($event instanceof GenerateSecurePasswordEvent) {
				$event->setPassword('policy-made');
			}
			if ($event instanceof ValidatePasswordPolicyEvent) {
				throw new HintException('rejected', 'No.');
			}
		}));

		$this->expectException(PasswordGenerationFailedException::class);
		$generator->generate();
	}

	private function generator(IEventDispatcher $dispatcher): SharePasswordGenerator {
		$random = $this->createMock(ISecureRandom::class);
		$random->method('generate')->willReturnCallback(static function (int $length, string $characters): string {
			$result = '';
			for ($i = 0; $i < $length; $i++) {
				$result .= $characters[random_int(0, strlen($characters) - 1)];
			}
			return $result;
		});
		return new SharePasswordGenerator($random, $dispatcher, new PasswordPolicy($dispatcher), $this->l10n());
	}

	/**
	 * @param callable(Event): void $listener
	 */
	private function dispatcher(callable $listener): IEventDispatcher {
		$dispatcher = $this->createMock(IEventDispatcher::class);
		$dispatcher->method('dispatchTyped')->willReturnCallback($listener);
		return $dispatcher;
	}
}
