<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Settings;

use OCA\VideoVerification\Settings\SettingsSection;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\IURLGenerator;
use PHPUnit\Framework\TestCase;

class SettingsSectionTest extends TestCase {
	use ShareFixtures;

	public function testTheSection(): void {
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('imagePath')->with('video_verification', 'app-dark.svg')->willReturn('/apps/video_verification/img/app-dark.svg');

		$section = new SettingsSection($this->l10n(), $urls);

		$this->assertSame('video_verification', $section->getID());
		$this->assertSame('Video Verification', $section->getName());
		$this->assertSame(80, $section->getPriority());
		$this->assertSame('/apps/video_verification/img/app-dark.svg', $section->getIcon());
		$this->assertFileExists(dirname(__DIR__, 4) . '/img/app-dark.svg');
		$this->assertFileExists(dirname(__DIR__, 4) . '/img/app.svg');
	}

	public function testInfoXmlUsesItForTheAdminAndThePersonalSettings(): void {
		$info = simplexml_load_file(dirname(__DIR__, 4) . '/appinfo/info.xml');

		$this->assertSame(SettingsSection::class, (string)$info->settings->{'admin-section'});
		$this->assertSame(SettingsSection::class, (string)$info->settings->{'personal-section'});
	}
}
