<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\AppInfo;

use OCA\VideoVerification\Tests\Support\ApplicationBootstrap;
use OCA\Files\Event\LoadSidebar;
use OCA\Files_Sharing\Event\BeforeTemplateRenderedEvent;
use OCA\VideoVerification\Activity\Provider;
use OCA\VideoVerification\Activity\Setting;
use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Listener\LoadSidebarListener;
use OCA\VideoVerification\Listener\OfficeHoursStateListener;
use OCA\VideoVerification\Listener\PublicDavGrantListener;
use OCA\VideoVerification\Listener\PublicShareAuthListener;
use OCA\VideoVerification\Listener\ShareDeletedListener;
use OCA\VideoVerification\Listener\ShareGrantExpiryListener;
use OCA\VideoVerification\Listener\SharePolicyListener;
use OCA\VideoVerification\Notification\CallbackNotifier;
use OCA\VideoVerification\Notification\Notifier;
use OCA\VideoVerification\Notification\PasswordLockoutNotifier;
use OCA\VideoVerification\SetupCheck\CallStartCheck;
use OCA\VideoVerification\SetupCheck\IceServersCheck;
use OCA\VideoVerification\SetupCheck\SignalingCheck;
use OCA\VideoVerification\SetupCheck\TalkInstalledCheck;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\BeforeSabrePubliclyLoadedEvent;
use OCP\Share\Events\BeforeShareCreatedEvent;
use OCP\Share\Events\ShareCreatedEvent;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\Events\ShareUpdatedEvent;
use PHPUnit\Framework\TestCase;

class ApplicationTest extends TestCase {
	public function testRegistersTheListeners(): void {
		$registered = [];
		$setupChecks = [];
		$context = $this->createMock(IRegistrationContext::class);
		$context->method('registerSetupCheck')->willReturnCallback(
			static function (string $class) use (&$setupChecks): void {
				$setupChecks[] = $class;
			},
		);
		$context->method('registerEventListener')->willReturnCallback(
			static function (string $event, string $listener, int $priority = 0) use (&$registered): void {
				$registered[] = [$event, $listener, $priority];
			},
		);

		ApplicationBootstrap::application()->register($context);

		$this->assertSame([
			[LoadSidebar::class, LoadSidebarListener::class, 0],
			[ShareDeletedEvent::class, ShareDeletedListener::class, 0],
			[\OCA\Talk\Events\RoomCreatedEvent::class, \OCA\VideoVerification\Listener\TalkCallListener::class, 0],
			[\OCA\Talk\Events\ParticipantModifiedEvent::class, \OCA\VideoVerification\Listener\TalkCallListener::class, 0],
			[BeforeTemplateRenderedEvent::class, PublicShareAuthListener::class, PublicShareAuthListener::PRIORITY],
			[BeforeTemplateRenderedEvent::class, OfficeHoursStateListener::class, OfficeHoursStateListener::PRIORITY],
			[BeforeTemplateRenderedEvent::class, ShareGrantExpiryListener::class, ShareGrantExpiryListener::PRIORITY],
			[BeforeShareCreatedEvent::class, SharePolicyListener::class, 0],
			[ShareCreatedEvent::class, SharePolicyListener::class, 0],
			[ShareUpdatedEvent::class, SharePolicyListener::class, 0],
			[BeforeSabrePubliclyLoadedEvent::class, PublicDavGrantListener::class, 0],
		], $registered);
		$this->assertSame([TalkInstalledCheck::class, SignalingCheck::class, IceServersCheck::class, CallStartCheck::class], $setupChecks);
	}

	public function testRegistersTheNotifier(): void {
		$context = $this->createMock(IRegistrationContext::class);
		$notifiers = [];
		$context->method('registerNotifierService')->willReturnCallback(
			static function (string $class) use (&$notifiers): void {
				$notifiers[] = $class;
			},
		);

		ApplicationBootstrap::application()->register($context);

		$this->assertSame([Notifier::class, CallbackNotifier::class, PasswordLockoutNotifier::class], $notifiers);
	}

	public function testTheAppIdMatchesInfoXml(): void {
		$info = simplexml_load_file(dirname(__DIR__, 4) . '/appinfo/info.xml');

		$this->assertSame(Application::APP_ID, (string)$info->id);
		$this->assertSame('VideoVerification', (string)$info->namespace);
		$this->assertSame('OCA\\VideoVerification\\Settings\\AdminSettings', (string)$info->settings->admin);
		$this->assertSame('OCA\\VideoVerification\\Settings\\SettingsSection', (string)$info->settings->{'admin-section'});
		$this->assertSame('OCA\\VideoVerification\\BackgroundJob\\RecordHousekeepingJob', (string)$info->{'background-jobs'}->job);
		$this->assertSame('33', (string)$info->dependencies->nextcloud['min-version']);
		$this->assertSame('35', (string)$info->dependencies->nextcloud['max-version']);
		$this->assertSame('8.2', (string)$info->dependencies->php['min-version']);
		$this->assertSame(Setting::class, (string)$info->activity->settings->setting);
		$this->assertSame(Provider::class, (string)$info->activity->providers->provider);
	}
}
