<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Settings;

use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Service\Talk\TalkStatus;
use OCA\VideoVerification\Settings\AdminSettings;
use OCA\VideoVerification\Service\Policy\SetupCheckReport;
use OCA\VideoVerification\Tests\Unit\Listener\RecordingInitialState;
use OCA\VideoVerification\Tests\Unit\PolicyFixtures;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\IGroup;
use OCA\VideoVerification\Tests\Support\RecordedAssets;
use PHPUnit\Framework\TestCase;

class AdminSettingsTest extends TestCase {
	use ShareFixtures;
	use PolicyFixtures;

	public function testTheFormCarriesTheTalkStatus(): void {
		RecordedAssets::reset();
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('status')->willReturn(new TalkStatus(false, false, null));
		$state = new RecordingInitialState();
		$this->setPolicy(['legal'], ['sharers', 'gone']);
		$report = $this->createMock(SetupCheckReport::class);
		$report->method('run')->willReturn([['name' => 'Video verification: Nextcloud Talk', 'severity' => 'error', 'description' => 'Not installed']]);
		$groups = $this->groupManager();
		$groups->method('search')->with('', AdminSettings::GROUP_OPTIONS_LIMIT)->willReturn([$this->group('admin', 'Admins'), $this->group('sharers', 'Sharers')]);
		$groups->method('getDisplayName')->willReturnMap([['legal', 'Legal team'], ['gone', null]]);

		$settings = new AdminSettings($state, $talk, $this->adminPolicy(), $report, $groups);
		$form = $settings->getForm();

		$this->assertSame(['installed' => false, 'enabledForAll' => false, 'version' => null], $state->values['talk_status']);
		$this->assertSame($this->adminPolicy()->get()->toArray(), $state->values['admin_settings']);
		$this->assertSame([
			['id' => 'admin', 'displayName' => 'Admins'],
			['id' => 'sharers', 'displayName' => 'Sharers'],
			['id' => 'gone', 'displayName' => 'gone'],
			['id' => 'legal', 'displayName' => 'Legal team'],
		], $state->values['groups']);
		$this->assertSame('error', $state->values['setup_checks'][0]['severity']);

		$this->assertSame('video_verification', $form->getApp());
		$this->assertSame('admin', $form->getTemplateName());
		// Nextcloud adds the app's translations before its first script (OCP\Util::addScript).
		$this->assertSame(['video_verification/l10n/en', 'video_verification/js/video_verification-admin'], RecordedAssets::scripts());
		$this->assertSame('video_verification', $settings->getSection());
		$this->assertFileExists(dirname(__DIR__, 4) . '/templates/admin.php');
		$this->assertStringContainsString('id="video-verification-admin"', file_get_contents(dirname(__DIR__, 4) . '/templates/admin.php'));
	}

	private function group(string $gid, string $name): IGroup {
		$group = $this->createMock(IGroup::class);
		$group->method('getGID')->willReturn($gid);
		$group->method('getDisplayName')->willReturn($name);
		return $group;
	}

}
