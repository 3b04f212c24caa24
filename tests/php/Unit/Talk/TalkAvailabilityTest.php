<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Talk;

use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\App\IAppManager;
use OCP\IUserManager;
use PHPUnit\Framework\TestCase;

class TalkAvailabilityTest extends TestCase {
	use ShareFixtures;

	public function testStatusWhenTalkIsEnabledForEveryone(): void {
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->with('spreed')->willReturn(true);
		$apps->method('getAppRestriction')->with('spreed')->willReturn([]);
		$apps->method('getAppVersion')->with('spreed')->willReturn('23.0.1');

		$status = (new TalkAvailability($apps, $this->createMock(IUserManager::class)))->status();

		$this->assertSame(['installed' => true, 'enabledForAll' => true, 'version' => '23.0.1'], $status->jsonSerialize());
	}

	public function testStatusWhenTalkIsLimitedToGroups(): void {
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturn(true);
		$apps->method('getAppRestriction')->willReturn(['lawyers']);
		$apps->method('getAppVersion')->willReturn('24.0.0');

		$status = (new TalkAvailability($apps, $this->createMock(IUserManager::class)))->status();

		$this->assertFalse($status->enabledForAll);
	}

	public function testStatusWhenTalkIsMissing(): void {
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturn(false);
		$apps->expects($this->never())->method('getAppVersion');

		$status = (new TalkAvailability($apps, $this->createMock(IUserManager::class)))->status();

		$this->assertSame(['installed' => false, 'enabledForAll' => false, 'version' => null], $status->jsonSerialize());
	}

	public function testEnabledForAUserId(): void {
		$alice = $this->user('alice');
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->willReturnMap([['alice', $alice], ['ghost', null]]);
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForUser')->willReturnCallback(static fn (string $app, $user): bool => $app === 'spreed' && $user === $alice);
		$talk = new TalkAvailability($apps, $users);

		$this->assertTrue($talk->isEnabledForUserId('alice'));
		$this->assertFalse($talk->isEnabledForUserId('ghost'));
	}
}
