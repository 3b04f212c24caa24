<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Settings;

use OCA\VideoVerification\Service\TalkAvailability;
use OCA\VideoVerification\Service\TalkStatus;
use OCA\VideoVerification\Settings\AdminSection;
use OCA\VideoVerification\Settings\AdminSettings;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\AppFramework\Services\IInitialState;
use OCP\IURLGenerator;
use OCP\Util;
use PHPUnit\Framework\TestCase;

class AdminSettingsTest extends TestCase {
	use ShareFixtures;

	public function testTheFormCarriesTheTalkStatus(): void {
		Util::resetRecordedAssets();
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('status')->willReturn(new TalkStatus(false, false, null));
		$state = $this->createMock(IInitialState::class);
		$state->expects($this->once())->method('provideInitialState')
			->with('talk_status', ['installed' => false, 'enabledForAll' => false, 'version' => null]);

		$settings = new AdminSettings($state, $talk);
		$form = $settings->getForm();

		$this->assertSame('video_verification', $form->getApp());
		$this->assertSame('admin', $form->getTemplateName());
		$this->assertSame(['video_verification/js/video_verification-admin'], Util::getScripts());
		$this->assertSame('video_verification', $settings->getSection());
		$this->assertFileExists(dirname(__DIR__, 4) . '/templates/admin.php');
		$this->assertStringContainsString('id="video-verification-admin"', file_get_contents(dirname(__DIR__, 4) . '/templates/admin.php'));
	}

	public function testTheSection(): void {
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('imagePath')->with('video_verification', 'app-dark.svg')->willReturn('/apps/video_verification/img/app-dark.svg');

		$section = new AdminSection($this->l10n(), $urls);

		$this->assertSame('video_verification', $section->getID());
		$this->assertSame('Video Verification', $section->getName());
		$this->assertSame('/apps/video_verification/img/app-dark.svg', $section->getIcon());
		$this->assertFileExists(dirname(__DIR__, 4) . '/img/app-dark.svg');
		$this->assertFileExists(dirname(__DIR__, 4) . '/img/app.svg');
	}
}
