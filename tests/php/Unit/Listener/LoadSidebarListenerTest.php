<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCA\Files\Event\LoadSidebar;
use OCA\VideoVerification\Listener\LoadSidebarListener;
use OCA\VideoVerification\Service\TalkAvailability;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\AppFramework\Services\IInitialState;
use OCP\EventDispatcher\Event;
use OCP\IUserSession;
use OCP\Util;
use PHPUnit\Framework\TestCase;

class LoadSidebarListenerTest extends TestCase {
	use ShareFixtures;

	protected function setUp(): void {
		parent::setUp();
		Util::resetRecordedAssets();
	}

	public function testLoadsTheShareOptionAndSaysWhetherTalkIsThere(): void {
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')->with('talk_available', true);

		$this->listener($state, 'alice', true)->handle(new LoadSidebar());

		$this->assertSame(['video_verification/js/video_verification-share-option'], Util::getScripts());
		$this->assertSame(['video_verification/css/video_verification-share-option'], Util::getStyles());
	}

	public function testTalkUnavailableForTheUser(): void {
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')->with('talk_available', false);

		$this->listener($state, 'alice', false)->handle(new LoadSidebar());
	}

	public function testNoUserMeansNoTalk(): void {
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')->with('talk_available', false);

		$this->listener($state, null, true)->handle(new LoadSidebar());
	}

	public function testIgnoresOtherEvents(): void {
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->never())->method('provideInitialState');

		$this->listener($state, 'alice', true)->handle(new Event());

		$this->assertSame([], Util::getScripts());
		$this->assertSame([], Util::getStyles());
	}

	private function listener(IInitialState $state, ?string $uid, bool $talk): LoadSidebarListener {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($uid === null ? null : $this->user($uid));
		$availability = $this->createMock(TalkAvailability::class);
		$availability->method('isEnabledForUser')->willReturn($talk);
		return new LoadSidebarListener($state, $session, $availability);
	}
}
