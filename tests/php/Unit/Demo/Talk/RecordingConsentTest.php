<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Talk\TalkCapabilities;
use OCP\IAppConfig;
use PHPUnit\Framework\TestCase;

/**
 * The Talk stand-in's recording consent rule, as spreed's Config::recordingConsentRequired,
 * CallController::validateRecordingConsent, RoomFormatter and RoomService::setRecordingConsent
 * apply it: consent matters only with external signaling and a recording server, then per the
 * app config `recording_consent` (0 off, 1 required, 2 per conversation).
 */
class RecordingConsentTest extends TestCase {
	private const API = '/ocs/v2.php/apps/spreed/api';
	private const BANK = 'DemoBankStmt003';
	/** Nothing listens there: the stand-in's notifications to it fail quietly */
	private const UNREACHABLE = 'http://127.0.0.1:9/';

	private TalkHarness $talk;

	protected function setUp(): void {
		$this->talk = new TalkHarness();
		$this->talk->login('alice', 'alice');
		$this->talk->container()->get(DemoDatabase::class)->execute('UPDATE demo_shares SET password_by_talk = 1 WHERE id IN (2, 3)');
	}

	protected function tearDown(): void {
		$violations = $this->talk->violations;
		$this->talk->cleanUp();
		$this->assertSame([], $violations, 'Talk requests and responses follow spreed-openapi.json');
	}

	public function testWithoutARecordingServerNoModeAsksForConsent(): void {
		$this->configure(external: true, recordingServer: false, consent: '1');
		$token = $this->guestInRoom();

		$this->assertSame([false, 0], $this->capability());
		$this->assertSame(0, $this->room('guest', $token)['recordingConsent']);
		$this->assertSame(200, $this->joinCall('guest', $token, null)['status']);
	}

	public function testInternalSignalingSwitchesRecordingAndItsConsentOff(): void {
		$this->configure(external: false, recordingServer: true, consent: '1');
		$token = $this->guestInRoom();

		$this->assertSame([false, 0], $this->capability());
		$this->assertSame(200, $this->joinCall('guest', $token, null)['status']);
	}

	public function testModeZeroJoinsWithoutConsent(): void {
		$this->configure(external: true, recordingServer: true, consent: '0');
		$token = $this->guestInRoom();

		$this->assertSame([true, 0], $this->capability());
		$this->assertSame(0, $this->room('guest', $token)['recordingConsent']);
		$this->assertSame(200, $this->joinCall('guest', $token, null)['status']);
	}

	public function testModeOneRefusesTheCallWithoutConsentAndChangesNothing(): void {
		$this->configure(external: true, recordingServer: true, consent: '1');
		$token = $this->guestInRoom();

		$this->assertSame([true, 1], $this->capability());
		$this->assertSame(1, $this->room('guest', $token)['recordingConsent'], 'the room shows the server rule');
		$refused = $this->joinCall('guest', $token, null);
		$this->assertSame([400, ['error' => 'consent']], [$refused['status'], $refused['data']]);
		$this->assertSame([400, ['error' => 'consent']], [$this->joinCall('guest', $token, false)['status'], $this->joinCall('guest', $token, false)['data']]);
		$this->assertFalse($this->room('guest', $token)['hasCall'], 'a refused join starts no call');

		$this->assertSame(200, $this->joinCall('guest', $token, true)['status']);
		$this->assertTrue($this->room('guest', $token)['hasCall']);
	}

	public function testAnUnknownModeCountsAsOff(): void {
		$this->configure(external: true, recordingServer: true, consent: '7');
		$token = $this->guestInRoom();

		$this->assertSame([true, 0], $this->capability());
		$this->assertSame(200, $this->joinCall('guest', $token, null)['status']);
	}

	public function testModeTwoAsksOnlyWhereTheModeratorSwitchedConsentOn(): void {
		$this->configure(external: true, recordingServer: true, consent: '2');
		$off = $this->guestInRoom();
		$on = $this->guestInRoom('guest2');

		$this->assertSame([true, 2], $this->capability());
		$this->assertSame(0, $this->room('guest', $off)['recordingConsent']);
		$switched = $this->setConsent('alice', $on, 1);
		$this->assertSame(200, $switched['status']);
		$this->assertSame(1, $switched['data']['recordingConsent']);
		$this->assertSame(1, $this->room('guest2', $on)['recordingConsent']);

		$this->assertSame(200, $this->joinCall('guest', $off, null)['status']);
		$this->assertSame([400, ['error' => 'consent']], array_values($this->joinCall('guest2', $on, null)));
		$this->assertSame(200, $this->joinCall('guest2', $on, true)['status']);
	}

	public function testSwitchingTheRoomSettingFollowsTalksRules(): void {
		$this->configure(external: true, recordingServer: true, consent: '2');
		$token = $this->guestInRoom();

		$this->assertSame(401, $this->setConsent('guest', $token, 1)['status'], 'the endpoint needs a login');
		$this->assertSame([400, ['error' => 'value']], array_values($this->setConsent('alice', $token, 2)));
		$this->assertSame(0, $this->room('guest', $token)['recordingConsent']);

		$this->joinCall('guest', $token, null);
		$this->assertSame([400, ['error' => 'call']], array_values($this->setConsent('alice', $token, 1)), 'not while a call runs');
		$this->assertSame(200, $this->setConsent('alice', $token, 0)['status'], 'switching off is always allowed');
	}

	public function testTheRoomSettingNeedsTheOptionalMode(): void {
		$this->configure(external: true, recordingServer: true, consent: '0');
		$token = $this->guestInRoom();

		$this->assertSame([412, ['error' => 'config']], array_values($this->setConsent('alice', $token, 1)));
	}

	private function configure(bool $external, bool $recordingServer, string $consent): void {
		$config = $this->talk->container()->get(IAppConfig::class);
		if ($external) {
			$config->setValueString('spreed', 'signaling_servers', (string)json_encode(['servers' => [['server' => self::UNREACHABLE, 'verify' => false]], 'secret' => 's']));
		}
		if ($recordingServer) {
			$config->setValueString('spreed', 'recording_servers', (string)json_encode(['servers' => [['server' => self::UNREACHABLE, 'verify' => false]], 'secret' => 'r']));
		}
		$config->setValueString('spreed', 'recording_consent', $consent);
	}

	/**
	 * A guest creates the share's room and joins it; alice (the sharer, its owner) is in it too.
	 */
	private function guestInRoom(string $guest = 'guest'): string {
		$token = $this->talk->ocs($guest, 'POST', self::API . '/v1/publicshareauth', ['shareToken' => self::BANK])['data']['token'];
		$this->talk->ocs($guest, 'POST', self::API . "/v4/room/$token/participants/active", ['force' => true]);
		return $token;
	}

	/**
	 * @return array{0: bool, 1: int} `recording` and `recording-consent` of the call config
	 */
	private function capability(): array {
		$call = $this->talk->container('guest')->get(TalkCapabilities::class)->capabilities()['config']['call'];
		return [$call['recording'], $call['recording-consent']];
	}

	private function room(string $browser, string $token): array {
		return $this->talk->ocs($browser, 'GET', self::API . "/v4/room/$token")['data'];
	}

	/**
	 * @return array{status: int, data: mixed}
	 */
	private function joinCall(string $browser, string $token, ?bool $consent): array {
		return $this->talk->ocs($browser, 'POST', self::API . "/v4/call/$token", ['flags' => 7] + ($consent === null ? [] : ['recordingConsent' => $consent]));
	}

	/**
	 * @return array{status: int, data: mixed}
	 */
	private function setConsent(string $browser, string $token, int $value): array {
		return $this->talk->ocs($browser, 'PUT', self::API . "/v4/room/$token/recording-consent", ['recordingConsent' => $value]);
	}
}
