<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Listener;

use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Listener\ShareGrantExpiryListener;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\ShareSession\GrantEnforcer;
use OCA\VideoVerification\Service\ShareSession\ShareSessionAccess;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\IAppConfig;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * The administrator's grant lifetime: a session our approval unlocked loses the share
 * on the first load of the share's page after the lifetime; a session opened with the
 * password, another share's access and a lifetime of 0 stay untouched.
 */
class ShareGrantExpiryTest extends TestCase {
	use RequestStack;

	private int $grantTtlMinutes = 30;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
	}

	public function testTheUnlockRemembersWhenItGrantedTheSession(): void {
		$this->unlockByApproval();

		$this->assertSame(['DemoContract001' => $this->now], json_decode((string)$this->session()->get(ShareSessionAccess::GRANT_TIMES_KEY), true));
	}

	public function testTheGrantLastsItsLifetimeThenThePageLoadTakesItBack(): void {
		$this->unlockByApproval();
		$this->session()->set(ShareSessionAccess::FRONTEND_KEY, json_encode(
			json_decode((string)$this->session()->get(ShareSessionAccess::FRONTEND_KEY), true) + ['OtherToken00001' => 'other-hash'],
		));
		$this->session()->set(ShareSessionAccess::DAV_KEY, ['9', ...$this->session()->get(ShareSessionAccess::DAV_KEY)]);
		$grantedAt = $this->now;

		$this->now = $grantedAt + 30 * 60 - 1;
		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));
		$this->assertSame(['DemoContract001', 'OtherToken00001'], array_keys($this->frontendMap()));
		$this->assertSame(['9', '1'], $this->session()->get(ShareSessionAccess::DAV_KEY));

		$this->now = $grantedAt + 30 * 60;
		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));
		$this->assertSame(['OtherToken00001' => 'other-hash'], $this->frontendMap(), 'only this share is taken back');
		$this->assertSame(['9'], $this->session()->get(ShareSessionAccess::DAV_KEY), 'the other share stays open over public WebDAV');
		$this->assertSame([], json_decode((string)$this->session()->get(ShareSessionAccess::GRANT_TIMES_KEY), true));
	}

	public function testTheLastShareTakenBackLeavesNoEmptyList(): void {
		$this->unlockByApproval();
		$this->assertSame(['1'], $this->session()->get(ShareSessionAccess::DAV_KEY));
		$this->now += 31 * 60;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));

		$this->assertFalse($this->session()->exists(ShareSessionAccess::DAV_KEY));
	}

	public function testLifetimeZeroLastsAsLongAsTheBrowserSession(): void {
		$this->grantTtlMinutes = 0;
		$this->unlockByApproval();
		$this->now += 365 * 86400;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));

		$this->assertArrayHasKey('DemoContract001', $this->frontendMap());
	}

	public function testASessionOpenedWithThePasswordIsNotOurs(): void {
		$this->session()->set(ShareSessionAccess::FRONTEND_KEY, json_encode(['DemoContract001' => self::SHARE_PASSWORD_HASH]));
		$this->session()->set(ShareSessionAccess::DAV_KEY, ['1']);
		$this->now += 365 * 86400;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));

		$this->assertSame(['DemoContract001' => self::SHARE_PASSWORD_HASH], $this->frontendMap());
		$this->assertSame(['1'], $this->session()->get(ShareSessionAccess::DAV_KEY));
	}

	public function testTheDavKeyOfAnotherShareStays(): void {
		$this->unlockByApproval();
		$this->session()->set(ShareSessionAccess::DAV_KEY, '9');
		$this->now += 31 * 60;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));

		$this->assertSame([], $this->frontendMap());
		$this->assertSame('9', $this->session()->get(ShareSessionAccess::DAV_KEY), 'an old single id of another share is left as it is');
	}

	public function testAnOldSingleIdOfOurShareIsTakenBack(): void {
		$this->unlockByApproval();
		$this->session()->set(ShareSessionAccess::DAV_KEY, '1');
		$this->now += 31 * 60;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));

		$this->assertFalse($this->session()->exists(ShareSessionAccess::DAV_KEY));
	}

	public function testOnlyThePublicPageNotThePasswordPageNorOtherEventsNorUserShares(): void {
		$this->unlockByApproval();
		$this->now += 31 * 60;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share(), BeforeTemplateRenderedEvent::SCOPE_PUBLIC_SHARE_AUTH));
		$this->listener()->handle(new Event());
		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share(IShare::TYPE_USER)));

		$this->assertArrayHasKey('DemoContract001', $this->frontendMap());
	}

	public function testAGarbledGrantMapChangesNothing(): void {
		$this->unlockByApproval();
		$this->session()->set(ShareSessionAccess::GRANT_TIMES_KEY, '{"DemoContract001":"yesterday"}');
		$this->session()->set(ShareSessionAccess::GRANT_IDS_KEY, '{"DemoContract001":"first"}');
		$this->now += 31 * 60;

		$this->listener()->handle(new BeforeTemplateRenderedEvent($this->share()));

		$this->assertArrayHasKey('DemoContract001', $this->frontendMap());
	}

	private function unlockByApproval(): void {
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$this->talkAnswers('DemoContract001');
		$this->assertSame(200, $this->decisionController('alice')->approve($created['requestId'])->getStatus());
		$this->assertSame('used', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
	}

	private function listener(): ShareGrantExpiryListener {
		$appConfig = $this->createMock(IAppConfig::class);
		$appConfig->method('getValueInt')->willReturnCallback(
			fn (string $app, string $key, int $default = 0): int => $key === AdminPolicy::KEY_GRANT_TTL ? $this->grantTtlMinutes : $default,
		);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		$policy = new AdminPolicy($appConfig);
		$grants = new GrantMapper($this->db);
		return new ShareGrantExpiryListener(new GrantEnforcer(
			new ShareSessionAccess($this->session(), $time, $policy, $grants),
			$grants,
			new ShareSettingsMapper($this->db),
			$policy,
			$time,
		));
	}

	private function share(int $type = IShare::TYPE_LINK): IShare {
		$share = $this->createMock(IShare::class);
		$share->method('getToken')->willReturn('DemoContract001');
		$share->method('getId')->willReturn('1');
		$share->method('getShareType')->willReturn($type);
		$share->method('getPassword')->willReturn($this->publicShareManager()->getShareByToken('DemoContract001')->getPassword());
		return $share;
	}

	/**
	 * @return array<string, string>
	 */
	private function frontendMap(): array {
		return (array)json_decode((string)$this->session()->get(ShareSessionAccess::FRONTEND_KEY), true);
	}
}
