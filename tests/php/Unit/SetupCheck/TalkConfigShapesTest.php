<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\SetupCheck;

use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoAppConfigStore;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfig;
use OCA\VideoVerification\Demo\Ocp\Config\DemoConfigLexicons;
use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Talk\TalkConfigLexicon;
use OCA\VideoVerification\Service\Policy\SetupCheckReport;
use OCA\VideoVerification\Service\Talk\SignalingServerProbe;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Service\Talk\TalkSettings;
use OCA\VideoVerification\Service\Talk\TalkStatus;
use OCA\VideoVerification\SetupCheck\CallStartCheck;
use OCA\VideoVerification\SetupCheck\IceServersCheck;
use OCA\VideoVerification\SetupCheck\SignalingCheck;
use OCA\VideoVerification\SetupCheck\TalkInstalledCheck;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\Exceptions\AppConfigTypeConflictException;
use OCP\SetupCheck\SetupResult;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Talk's STUN/TURN settings in both shapes Talk stores them, read through the demo's
 * IAppConfig (which enforces AppConfig's type rules): JSON strings up to Talk 24, arrays
 * typed by Talk 25's config lexicon; and a setup check that throws does not take the
 * admin page's status panel down with it.
 */
class TalkConfigShapesTest extends TestCase {
	use ShareFixtures;

	private const TURN = [['schemes' => 'turn,turns', 'server' => 'turn.example:443', 'secret' => 'x', 'protocols' => 'udp,tcp']];

	private DemoAppConfigStore $store;

	protected function setUp(): void {
		parent::setUp();
		$this->store = new DemoAppConfigStore(new DemoDatabase(':memory:'));
	}

	public function testTalk24StoresJsonStrings(): void {
		$config = $this->appConfig(talk25: false);
		$config->setValueString('spreed', 'stun_servers', (string)json_encode(['stun.example:3478']));
		$config->setValueString('spreed', 'turn_servers', (string)json_encode(self::TURN));

		$settings = new TalkSettings($config);

		$this->assertSame(['stun.example:3478'], $settings->stunServers());
		$this->assertSame(['turn.example:443'], $settings->turnServers());
	}

	public function testTalk24RowsWrittenThroughIConfigAreUntyped(): void {
		$legacy = new DemoConfig($this->store, []);
		$legacy->setAppValue('spreed', 'turn_servers', (string)json_encode(self::TURN));
		$legacy->setAppValue('spreed', 'start_calls', '2');

		$settings = new TalkSettings($this->appConfig(talk25: false));

		$this->assertSame(['turn.example:443'], $settings->turnServers());
		$this->assertSame(TalkSettings::START_CALL_MODERATORS, $settings->startCalls());
	}

	public function testTalk25TypesThemAsArrays(): void {
		$config = $this->appConfig(talk25: true);
		$config->setValueArray('spreed', 'stun_servers', ['stun.example:3478']);
		$config->setValueArray('spreed', 'turn_servers', self::TURN);

		$settings = new TalkSettings($config);

		$this->assertSame(['stun.example:3478'], $settings->stunServers());
		$this->assertSame(['turn.example:443'], $settings->turnServers());
	}

	public function testTalk25WithNothingConfiguredFallsBackToTalksDefaults(): void {
		$settings = new TalkSettings($this->appConfig(talk25: true));

		$this->assertSame(['stun.nextcloud.com:443'], $settings->stunServers());
		$this->assertSame([], $settings->turnServers());
	}

	public function testTheIceServersCheckPassesOnTalk25(): void {
		$config = $this->appConfig(talk25: true);
		$config->setValueArray('spreed', 'turn_servers', self::TURN);

		$result = (new IceServersCheck($this->talk(), new TalkSettings($config), $this->l10n()))->run();

		$this->assertSame(SetupResult::SUCCESS, $result->getSeverity());
		$this->assertStringContainsString('turn.example:443', (string)$result->getDescription());
	}

	public function testACheckThatThrowsBecomesAnErrorResultAndTheOthersStillRun(): void {
		$iceServers = $this->createMock(IceServersCheck::class);
		$iceServers->method('getName')->willReturn('Video verification: STUN and TURN');
		$iceServers->method('run')->willThrowException(new AppConfigTypeConflictException('conflict with value type from database'));
		$logger = $this->createMock(LoggerInterface::class);
		$logger->expects($this->once())->method('error')->with($this->stringContains('conflict with value type from database'));
		$settings = new TalkSettings($this->appConfig(talk25: true));

		$results = (new SetupCheckReport(
			new TalkInstalledCheck($this->talk(), $this->l10n()),
			new SignalingCheck($this->talk(), $settings, $this->createMock(SignalingServerProbe::class), $this->l10n()),
			$iceServers,
			new CallStartCheck($this->talk(), $settings, $this->l10n()),
			$this->l10n(),
			$logger,
		))->run();

		$this->assertSame(['success', 'success', 'error', 'success'], array_column($results, 'severity'));
		$this->assertSame('Video verification: STUN and TURN', $results[2]['name']);
		$this->assertSame('The check failed: conflict with value type from database', $results[2]['description']);
	}

	private function appConfig(bool $talk25): DemoAppConfig {
		return new DemoAppConfig($this->store, new DemoConfigLexicons($talk25 ? ['spreed' => new TalkConfigLexicon()] : []));
	}

	private function talk(): TalkAvailability {
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('status')->willReturn(new TalkStatus(true, true, '25.0.0'));
		return $talk;
	}
}
