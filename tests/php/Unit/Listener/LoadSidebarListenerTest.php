<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCA\Files\Event\LoadSidebar;
use OCA\VideoVerification\Listener\LoadSidebarListener;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Tests\Unit\PolicyFixtures;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\AppFramework\Services\IInitialState;
use OCP\EventDispatcher\Event;
use OCP\IUserSession;
use OCA\VideoVerification\Tests\Support\RecordedAssets;
use PHPUnit\Framework\TestCase;

class LoadSidebarListenerTest extends TestCase {
	use ShareFixtures;
	use PolicyFixtures;

	protected function setUp(): void {
		parent::setUp();
		RecordedAssets::reset();
	}

	public function testLoadsTheShareOptionAndSaysWhetherTalkIsThere(): void {
		$this->listener($state = new RecordingInitialState(), 'alice', true)->handle(new LoadSidebar());

		$this->assertTrue($state->values['talk_available']);

		// Nextcloud adds the app's translations before the init script (OCP\Util::addInitScript).
		$this->assertSame(['video_verification/l10n/en', 'video_verification/js/video_verification-share-option'], RecordedAssets::scripts());
		$this->assertSame(['video_verification/css/video_verification-share-option'], RecordedAssets::styles());
	}

	public function testTalkUnavailableForTheUser(): void {
		$this->listener($state = new RecordingInitialState(), 'alice', false)->handle(new LoadSidebar());

		$this->assertFalse($state->values['talk_available']);
	}

	public function testNoUserMeansNoTalk(): void {
		$this->listener($state = new RecordingInitialState(), null, true)->handle(new LoadSidebar());

		$this->assertFalse($state->values['talk_available']);
		$this->assertSame(['allowed' => false, 'required' => false, 'defaultMode' => 'approve'], $state->values['share_policy']);
	}

	public function testEveryoneMayUseItByDefault(): void {
		$this->listener($state = new RecordingInitialState(), 'bob', true)->handle(new LoadSidebar());

		$this->assertSame(['allowed' => true, 'required' => false, 'defaultMode' => 'approve'], $state->values['share_policy']);
	}

	public function testUsersOutsideTheAllowedGroupsDoNotGetTheOption(): void {
		$this->setPolicy([], ['legal']);
		$this->appValues['video_verification']['default_mode'] = 'password';

		$this->listener($state = new RecordingInitialState(), 'alice', true)->handle(new LoadSidebar());

		$this->assertSame(['allowed' => false, 'required' => false, 'defaultMode' => 'password'], $state->values['share_policy']);
	}

	public function testMembersOfARequiredGroupGetItOnAndLocked(): void {
		$this->setPolicy(['sharers'], ['legal']);

		$this->listener($state = new RecordingInitialState(), 'alice', true)->handle(new LoadSidebar());

		$this->assertSame(['allowed' => true, 'required' => true, 'defaultMode' => 'approve'], $state->values['share_policy']);
	}

	public function testIgnoresOtherEvents(): void {
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->never())->method('provideInitialState');

		$this->listener($state, 'alice', true)->handle(new Event());

		$this->assertSame([], RecordedAssets::scripts());
		$this->assertSame([], RecordedAssets::styles());
	}

	private function listener(IInitialState $state, ?string $uid, bool $talk): LoadSidebarListener {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($uid === null ? null : $this->user($uid));
		$availability = $this->createMock(TalkAvailability::class);
		$availability->method('isEnabledForUser')->willReturn($talk);
		return new LoadSidebarListener($state, $session, $availability, $this->sharingPolicy(), $this->adminPolicy());
	}
}
