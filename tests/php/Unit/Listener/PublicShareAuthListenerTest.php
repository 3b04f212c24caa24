<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Listener\PublicShareAuthListener;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Tests\Unit\ServiceStack;
use OCP\AppFramework\Services\IInitialState;
use OCP\IAppConfig;
use OCP\Share\IShare;
use OCA\VideoVerification\Tests\Support\RecordedAssets;
use PHPUnit\Framework\TestCase;

class PublicShareAuthListenerTest extends TestCase {
	use ServiceStack;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpStack();
		RecordedAssets::reset();
	}

	public function testTakesOverThePasswordPageOfALinkShare(): void {
		$share = $this->addShare(['id' => '42', 'sendPasswordByTalk' => true, 'target' => '/Contract.pdf']);
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')->with('public_share', [
			'shareType' => IShare::TYPE_LINK,
			'fileName' => 'Contract.pdf',
			'mode' => 'approve',
			'recipientEmail' => null,
			'allowCallsWithoutVideo' => false,
		]);
		$event = new BeforeTemplateRenderedEvent($share, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH);

		(new PublicShareAuthListener($state, $this->mapper, $this->policy()))->handle($event);

		// Nextcloud adds the app's translations before its first script (OCP\Util::addScript).
		$this->assertSame(['video_verification/l10n/en', 'video_verification/js/video_verification-public-auth'], RecordedAssets::scripts());
		$this->assertSame(['video_verification/css/video_verification-public-auth'], RecordedAssets::styles());
		$this->assertTrue($event->isPropagationStopped(), 'Talk\'s own sidebar must not load');
	}

	public function testGivesTheRecipientEmailOfAnEmailShare(): void {
		$share = $this->addShare(['id' => '7', 'type' => IShare::TYPE_EMAIL, 'sendPasswordByTalk' => true, 'sharedWith' => 'carol@example.com']);
		$this->mapper->save(new ShareSettings(7, VerificationMode::Password, 'alice', 1000, false));
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')->with('public_share', $this->callback(
			static fn (array $data): bool => $data['recipientEmail'] === 'carol@example.com' && $data['mode'] === 'password',
		));

		(new PublicShareAuthListener($state, $this->mapper, $this->policy()))->handle(new BeforeTemplateRenderedEvent($share, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH));
	}

	public static function notOurs(): array {
		return [
			'the flag set with Nextcloud\'s own checkbox' => [['sendPasswordByTalk' => true], false, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH],
			'our row but the flag cleared' => [['sendPasswordByTalk' => false], true, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH],
			'the public share page itself' => [['sendPasswordByTalk' => true], true, null],
			'a user share' => [['sendPasswordByTalk' => true, 'type' => IShare::TYPE_USER], true, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH],
		];
	}

	/**
	 * @dataProvider notOurs
	 */
	public function testLeavesOtherPagesAlone(array $shareProperties, bool $withRow, ?string $scope): void {
		$share = $this->addShare(['id' => '42'] + $shareProperties);
		if ($withRow) {
			$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		}
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->never())->method('provideInitialState');
		$event = new BeforeTemplateRenderedEvent($share, $scope);

		(new PublicShareAuthListener($state, $this->mapper, $this->policy()))->handle($event);

		$this->assertSame([], RecordedAssets::scripts());
		$this->assertFalse($event->isPropagationStopped());
	}

	public function testTellsWhetherCallsWithoutVideoAreAllowed(): void {
		$share = $this->addShare(['id' => '42', 'sendPasswordByTalk' => true]);
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')->with('public_share', $this->callback(
			static fn (array $data): bool => $data['allowCallsWithoutVideo'] === true,
		));

		(new PublicShareAuthListener($state, $this->mapper, $this->policy(true)))->handle(new BeforeTemplateRenderedEvent($share, BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH));
	}

	private function policy(bool $callsWithoutVideo = false): AdminPolicy {
		$config = $this->createMock(IAppConfig::class);
		$config->method('getValueBool')->willReturnCallback(static fn (string $app, string $key, bool $default = false): bool => $key === AdminPolicy::KEY_CALLS_WITHOUT_VIDEO ? $callsWithoutVideo : $default);
		return new AdminPolicy($config);
	}

	public function testRunsBeforeTalksListener(): void {
		$this->assertGreaterThan(0, PublicShareAuthListener::PRIORITY, 'Talk registers its TemplateLoader with the default priority 0');
	}
}
