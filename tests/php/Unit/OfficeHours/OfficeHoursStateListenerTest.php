<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\OfficeHours;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Listener\OfficeHoursStateListener;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Services\IInitialState;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

class OfficeHoursStateListenerTest extends TestCase {
	use RequestStack;

	/** Wednesday 2027-01-13 12:00 UTC */
	private const WEDNESDAY_NOON = 1_799_841_600;

	/** @var array<string, mixed> */
	private array $provided = [];

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		(new ShareSettingsMapper($this->db))->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		$this->userValues['alice/video_verification/' . OfficeHoursStore::KEY] = '{"days":[1,2,3,4,5],"from":"09:00","to":"17:00"}';
	}

	public function testInsideTheHoursThePageMayCall(): void {
		$this->now = self::WEDNESDAY_NOON;

		$this->listener()->handle($this->event());

		$this->assertSame(['office_hours' => ['open' => true, 'summary' => 'The sharer takes calls Mon–Fri 9:00–17:00 (their time).']], $this->provided);
	}

	public function testOutsideThemThePageSaysWhen(): void {
		$this->now = self::WEDNESDAY_NOON + 6 * 3600;

		$this->listener()->handle($this->event());

		$this->assertSame(['office_hours' => ['open' => false, 'summary' => 'The sharer takes calls Mon–Fri 9:00–17:00 (their time).']], $this->provided);
	}

	public function testWithoutOfficeHoursTheStateIsNull(): void {
		$this->userValues = [];

		$this->listener()->handle($this->event());

		$this->assertSame(['office_hours' => null], $this->provided);
	}

	public function testNothingForSharesWithoutVerificationTheSharePageOrOtherScopes(): void {
		$this->listener()->handle($this->event('7'));
		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share('42')));

		$this->assertSame([], $this->provided);
	}

	private function listener(): OfficeHoursStateListener {
		$state = $this->createMock(IInitialState::class);
		$state->method('provideInitialState')->willReturnCallback(function (string $key, $data): void {
			$this->provided[$key] = $data;
		});
		return new OfficeHoursStateListener($state, new ShareSettingsMapper($this->db), new OfficeHoursStore($this->userConfig(), $this->requestL10n()), $this->time());
	}

	private function event(string $shareId = '42'): BeforeTemplateRenderedEvent {
		return new BeforeTemplateRenderedEvent($this->share($shareId), BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH);
	}

	private function share(string $id): IShare {
		$share = $this->createMock(IShare::class);
		$share->method('getId')->willReturn($id);
		$share->method('getSharedBy')->willReturn('alice');
		$share->method('getShareOwner')->willReturn('alice');
		return $share;
	}
}
