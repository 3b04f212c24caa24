<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\SetupCheck;

use OCA\VideoVerification\Service\Policy\SetupCheckReport;
use OCA\VideoVerification\Service\Talk\SignalingServerProbe;
use OCA\VideoVerification\Service\Talk\TalkAvailability;
use OCA\VideoVerification\Service\Talk\TalkSettings;
use OCA\VideoVerification\Service\Talk\TalkStatus;
use OCA\VideoVerification\SetupCheck\CallStartCheck;
use OCA\VideoVerification\SetupCheck\IceServersCheck;
use OCA\VideoVerification\SetupCheck\SignalingCheck;
use OCA\VideoVerification\SetupCheck\TalkInstalledCheck;
use OCA\VideoVerification\Tests\Unit\PolicyFixtures;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\Http\Client\IClient;
use OCP\Http\Client\IClientService;
use OCP\Http\Client\IResponse;
use OCP\SetupCheck\SetupResult;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;

/**
 * Each setup check against Talk's app config as Talk's admin page writes it.
 */
class SetupChecksTest extends TestCase {
	use ShareFixtures;
	use PolicyFixtures;

	private TalkStatus $talkStatus;
	/** @var array<string, IResponse|\Exception> welcome URL => answer */
	private array $welcomes = [];
	/** @var list<array{string, array}> */
	private array $requests = [];

	protected function setUp(): void {
		parent::setUp();
		$this->talkStatus = new TalkStatus(true, true, '21.1.0');
	}

	public function testTalkAbsent(): void {
		$this->talkStatus = new TalkStatus(false, false, null);

		$results = $this->report();

		$this->assertSame(['error', 'info', 'info', 'info'], array_column($results, 'severity'));
		$this->assertStringContainsString('not installed', $results[0]['description']);
		$this->assertStringContainsString('Not checked', $results[2]['description']);
		$this->assertSame([], $this->requests);
	}

	public function testTalkInstalled(): void {
		$result = $this->talkInstalled()->run();

		$this->assertSame(SetupResult::SUCCESS, $result->getSeverity());
		$this->assertStringContainsString('21.1.0', (string)$result->getDescription());
	}

	public function testTalkLimitedToGroups(): void {
		$this->talkStatus = new TalkStatus(true, false, '21.1.0');

		$this->assertSame(SetupResult::INFO, $this->talkInstalled()->run()->getSeverity());
	}

	public function testInternalSignaling(): void {
		$result = $this->signaling()->run();

		$this->assertSame(SetupResult::SUCCESS, $result->getSeverity());
		$this->assertStringContainsString('internal signaling', (string)$result->getDescription());
		$this->assertSame([], $this->requests);
	}

	public function testSignalingModeInternalWinsOverConfiguredServers(): void {
		$this->spreed('signaling_servers', json_encode(['servers' => [['server' => 'https://hpb.example', 'verify' => true]], 'secret' => 's']));
		$this->spreed('signaling_mode', 'internal');

		$this->assertSame(TalkSettings::SIGNALING_INTERNAL, $this->talkSettings()->signalingMode());
		$this->assertStringContainsString('internal signaling', (string)$this->signaling()->run()->getDescription());
	}

	public function testHighPerformanceBackendReachable(): void {
		$this->spreed('signaling_servers', json_encode(['servers' => [['server' => 'wss://hpb.example/standalone-signaling/', 'verify' => false]], 'secret' => 's']));
		$this->welcomes['https://hpb.example/standalone-signaling/api/v1/welcome'] = $this->response(200, '{"nextcloud-spreed-signaling":"Welcome","version":"2.0.4"}');

		$result = $this->signaling()->run();

		$this->assertSame(SetupResult::SUCCESS, $result->getSeverity());
		$this->assertStringContainsString('wss://hpb.example/standalone-signaling/ (2.0.4)', (string)$result->getDescription());
		[[$url, $options]] = $this->requests;
		$this->assertSame('https://hpb.example/standalone-signaling/api/v1/welcome', $url);
		$this->assertSame(SignalingServerProbe::TIMEOUT_SECONDS, $options['timeout']);
		$this->assertFalse($options['verify']);
		$this->assertTrue($options['nextcloud']['allow_local_address']);
	}

	public function testHighPerformanceBackendUnreachable(): void {
		$this->spreed('signaling_servers', json_encode(['servers' => [['server' => 'https://hpb.example', 'verify' => true]], 'secret' => 's']));
		$this->welcomes['https://hpb.example/api/v1/welcome'] = new \RuntimeException('cURL error 28: Connection timed out');

		$result = $this->signaling()->run();

		$this->assertSame(SetupResult::ERROR, $result->getSeverity());
		$this->assertStringContainsString('does not answer', (string)$result->getDescription());
		$this->assertStringContainsString('timed out', (string)$result->getDescription());
	}

	public function testSomethingElseAnsweringIsNotABackend(): void {
		$this->spreed('signaling_servers', json_encode(['servers' => [['server' => 'http://localhost:8081/']], 'secret' => 's']));
		$this->welcomes['http://localhost:8081/api/v1/welcome'] = $this->response(200, '<html>Apache</html>');

		$this->assertSame(SetupResult::ERROR, $this->signaling()->run()->getSeverity());
	}

	public function testTurnMissing(): void {
		$result = $this->iceServers()->run();

		$this->assertSame(SetupResult::WARNING, $result->getSeverity());
		$this->assertStringContainsString('stun.nextcloud.com:443', (string)$result->getDescription());
		$this->assertStringContainsString('No TURN server', (string)$result->getDescription());
		$this->assertStringContainsString('NAT', (string)$result->getDescription());
	}

	public function testStunAndTurnConfigured(): void {
		$this->spreed('stun_servers', json_encode(['stun.example:3478']));
		$this->spreed('turn_servers', json_encode([['schemes' => 'turn,turns', 'server' => 'turn.example:443', 'secret' => 'x', 'protocols' => 'udp,tcp']]));

		$result = $this->iceServers()->run();

		$this->assertSame(SetupResult::SUCCESS, $result->getSeverity());
		$this->assertSame('STUN: stun.example:3478. TURN: turn.example:443.', $result->getDescription());
	}

	/**
	 * @return array<string, array{?string, string, string}>
	 */
	public static function startCalls(): array {
		return [
			'not set' => [null, SetupResult::SUCCESS, 'Everyone'],
			'everyone' => ['0', SetupResult::SUCCESS, 'Everyone'],
			'users' => ['1', SetupResult::SUCCESS, 'That is fine'],
			'moderators' => ['2', SetupResult::SUCCESS, 'That is fine'],
			'nobody' => ['3', SetupResult::ERROR, 'switched off'],
		];
	}

	/**
	 * @dataProvider startCalls
	 */
	public function testWhoMayStartCalls(?string $value, string $severity, string $text): void {
		if ($value !== null) {
			$this->spreed('start_calls', $value);
		}

		$result = (new CallStartCheck($this->talk(), $this->talkSettings(), $this->l10n()))->run();

		$this->assertSame($severity, $result->getSeverity());
		$this->assertStringContainsString($text, (string)$result->getDescription());
	}

	public function testTheChecksNameThemselvesAndHaveCategories(): void {
		foreach ([$this->talkInstalled(), $this->signaling(), $this->iceServers()] as $check) {
			$this->assertStringStartsWith('Video verification: ', $check->getName());
			$this->assertContains($check->getCategory(), ['system', 'network', 'config']);
		}
	}

	/**
	 * @return list<array{name: string, severity: string, description: string}>
	 */
	private function report(): array {
		return (new SetupCheckReport(
			$this->talkInstalled(),
			$this->signaling(),
			$this->iceServers(),
			new CallStartCheck($this->talk(), $this->talkSettings(), $this->l10n()),
			$this->l10n(),
			new NullLogger(),
		))->run();
	}

	private function talkInstalled(): TalkInstalledCheck {
		return new TalkInstalledCheck($this->talk(), $this->l10n());
	}

	private function signaling(): SignalingCheck {
		$client = $this->createMock(IClient::class);
		$client->method('get')->willReturnCallback(function (string $url, array $options): IResponse {
			$this->requests[] = [$url, $options];
			$answer = $this->welcomes[$url] ?? new \RuntimeException('Could not resolve host');
			if ($answer instanceof \Exception) {
				throw $answer;
			}
			return $answer;
		});
		$clients = $this->createMock(IClientService::class);
		$clients->method('newClient')->willReturn($client);
		return new SignalingCheck($this->talk(), $this->talkSettings(), new SignalingServerProbe($clients), $this->l10n());
	}

	private function iceServers(): IceServersCheck {
		return new IceServersCheck($this->talk(), $this->talkSettings(), $this->l10n());
	}

	private function talk(): TalkAvailability {
		$talk = $this->createMock(TalkAvailability::class);
		$talk->method('status')->willReturnCallback(fn (): TalkStatus => $this->talkStatus);
		return $talk;
	}

	private function talkSettings(): TalkSettings {
		return new TalkSettings($this->appConfig());
	}

	private function spreed(string $key, string $value): void {
		$this->appValues['spreed'][$key] = $value;
	}

	private function response(int $status, string $body): IResponse {
		$response = $this->createMock(IResponse::class);
		$response->method('getStatusCode')->willReturn($status);
		$response->method('getBody')->willReturn($body);
		return $response;
	}
}
