<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Settings;

use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCA\VideoVerification\Settings\PersonalSettings;
use OCA\VideoVerification\Tests\Unit\Listener\RecordingInitialState;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\Config\IUserConfig;
use OCP\IUser;
use OCP\IUserSession;
use OCA\VideoVerification\Tests\Support\RecordedAssets;
use PHPUnit\Framework\TestCase;

class PersonalSettingsTest extends TestCase {
	use ShareFixtures;

	/** @var array<string, string> "uid/app/key" => value */
	private array $userValues = [];

	public function testTheFormCarriesTheSavedOfficeHoursAndTheTimeZone(): void {
		RecordedAssets::reset();
		$this->userValues = [
			'alice/video_verification/' . OfficeHoursStore::KEY => '{"days":[1,2,3,4,5],"from":"09:00","to":"17:00"}',
			'alice/core/timezone' => 'Europe/Berlin',
		];
		$state = new RecordingInitialState();

		$settings = $this->settings($state, 'alice');
		$form = $settings->getForm();

		$this->assertSame(['enabled' => true, 'days' => [1, 2, 3, 4, 5], 'from' => '09:00', 'to' => '17:00', 'summary' => 'Mon–Fri 9:00–17:00'], $state->values['office_hours']);
		$this->assertSame('Europe/Berlin', $state->values['timezone']);
		$this->assertSame('video_verification', $form->getApp());
		$this->assertSame('personal', $form->getTemplateName());
		// Nextcloud adds the app's translations before its first script (OCP\Util::addScript).
		$this->assertSame(['video_verification/l10n/en', 'video_verification/js/video_verification-personal'], RecordedAssets::scripts());
		$this->assertSame('video_verification', $settings->getSection());
		$this->assertSame(50, $settings->getPriority());
		$template = dirname(__DIR__, 4) . '/templates/personal.php';
		$this->assertFileExists($template);
		$this->assertStringContainsString('id="video-verification-personal"', (string)file_get_contents($template));
	}

	public function testWithoutOfficeHoursTheFormSaysCallsRingAtAnyTimeInUtc(): void {
		RecordedAssets::reset();
		$state = new RecordingInitialState();

		$this->settings($state, 'bob')->getForm();

		$this->assertSame(['enabled' => false, 'days' => [], 'from' => null, 'to' => null, 'summary' => null], $state->values['office_hours']);
		$this->assertSame('UTC', $state->values['timezone']);
	}

	public function testGarbledStoredHoursShowAsNone(): void {
		RecordedAssets::reset();
		$this->userValues = ['alice/video_verification/' . OfficeHoursStore::KEY => '{"days":[9],"from":"late","to":"17:00"}'];
		$state = new RecordingInitialState();

		$this->settings($state, 'alice')->getForm();

		$this->assertFalse($state->values['office_hours']['enabled']);
	}


	public function testInfoXmlRegistersThePersonalPageAndSection(): void {
		$info = (string)file_get_contents(dirname(__DIR__, 4) . '/appinfo/info.xml');

		$this->assertStringContainsString('<personal>OCA\VideoVerification\Settings\PersonalSettings</personal>', $info);
		$this->assertStringContainsString('<personal-section>OCA\VideoVerification\Settings\SettingsSection</personal-section>', $info);
	}

	private function settings(RecordingInitialState $state, string $uid): PersonalSettings {
		$config = $this->createMock(IUserConfig::class);
		$config->method('getValueString')->willReturnCallback(
			fn (string $user, string $app, string $key, string $default = ''): string => $this->userValues[$user . '/' . $app . '/' . $key] ?? $default,
		);
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user);
		return new PersonalSettings($state, new OfficeHoursStore($config, $this->l10n()), $session, $config, $this->l10n());
	}
}
