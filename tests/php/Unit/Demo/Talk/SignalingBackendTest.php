<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Talk\Service\BackendChecksum;
use OCA\VideoVerification\Demo\Talk\Service\SignalingBackend;
use OCA\VideoVerification\Demo\Talk\Service\SignalingTickets;
use OCP\IAppConfig;
use PHPUnit\Framework\TestCase;

/**
 * The Talk stand-in's backend API for the signaling server: only requests signed with the
 * shared secret are answered, and the answers follow Talk's.
 */
class SignalingBackendTest extends TestCase {
	private const API = '/ocs/v2.php/apps/spreed/api';
	private const SECRET = 'the-shared-secret';
	private const RANDOM = 'afb6b872ab03e3376b31bf0af601067222ff7990335ca02d327071b73c0119c6';

	private TalkHarness $talk;

	protected function setUp(): void {
		$this->talk = new TalkHarness();
		$this->talk->container()->get(DemoDatabase::class)->execute('UPDATE demo_shares SET password_by_talk = 1 WHERE id = 3');
	}

	protected function tearDown(): void {
		$this->talk->cleanUp();
	}

	public function testChecksumMatchesTheSignalingServersTestVector(): void {
		$body = '{"type":"auth","auth":{"version":"1.0","params":{"hello":"world"}}}';

		$this->assertSame('3c4a69ff328299803ac2879614b707c807b4758cf19450755c60656cac46e3bc', BackendChecksum::sign(self::RANDOM, $body, 'MySecretValue'));
		$this->assertTrue(BackendChecksum::isValid(self::RANDOM, '3C4A69FF328299803AC2879614B707C807B4758CF19450755C60656CAC46E3BC', $body, 'MySecretValue'));
	}

	public function testChecksumRefusesShortRandomsWrongSumsOtherBodiesAndAnEmptySecret(): void {
		$body = '{"type":"ping"}';
		$short = substr(self::RANDOM, 0, 31);

		$this->assertFalse(BackendChecksum::isValid($short, BackendChecksum::sign($short, $body, self::SECRET), $body, self::SECRET));
		$this->assertFalse(BackendChecksum::isValid(self::RANDOM, BackendChecksum::sign(self::RANDOM, $body, 'other'), $body, self::SECRET));
		$this->assertFalse(BackendChecksum::isValid(self::RANDOM, BackendChecksum::sign(self::RANDOM, $body, self::SECRET), $body . ' ', self::SECRET));
		$this->assertFalse(BackendChecksum::isValid(self::RANDOM, '', $body, self::SECRET));
		$this->assertFalse(BackendChecksum::isValid(self::RANDOM, BackendChecksum::sign(self::RANDOM, $body, ''), $body, ''));
	}

	public function testUnsignedRequestsAreRefusedAndChangeNothing(): void {
		[$token, $sessionId] = $this->guestInRoom();
		$body = (string)json_encode(['type' => 'room', 'room' => ['version' => '1.0', 'roomid' => $token, 'userid' => '', 'sessionid' => $sessionId, 'action' => 'leave']]);

		$answer = $this->backend()->handle(self::RANDOM, BackendChecksum::sign(self::RANDOM, $body, 'guessed'), $body);

		$this->assertSame(['type' => 'error', 'error' => ['code' => 'invalid_request', 'message' => 'The request could not be authenticated.']], $answer);
		$this->assertSame(1, $this->sessionCount($sessionId));
	}

	public function testRoomJoinBindsAKnownSessionAndRefusesOthers(): void {
		[$token, $sessionId] = $this->guestInRoom();

		$joined = $this->signed(['type' => 'room', 'room' => ['version' => '1.0', 'roomid' => $token, 'userid' => '', 'sessionid' => $sessionId]]);
		$unknown = $this->signed(['type' => 'room', 'room' => ['version' => '1.0', 'roomid' => $token, 'userid' => '', 'sessionid' => 'not-a-session']]);
		$noRoom = $this->signed(['type' => 'room', 'room' => ['version' => '1.0', 'roomid' => 'nosuchroom', 'userid' => '', 'sessionid' => $sessionId]]);

		$this->assertSame('room', $joined['type']);
		$this->assertSame($token, $joined['room']['roomid']);
		$this->assertSame(['publish-audio', 'publish-video', 'publish-screen'], $joined['room']['permissions']);
		$this->assertSame('no_such_room', $unknown['error']['code']);
		$this->assertSame('no_such_room', $noRoom['error']['code']);
	}

	public function testRoomLeaveEndsTheSessionAndTheVideoVerificationRoom(): void {
		[$token, $sessionId] = $this->guestInRoom();

		$left = $this->signed(['type' => 'room', 'room' => ['version' => '1.0', 'roomid' => $token, 'userid' => '', 'sessionid' => $sessionId, 'action' => 'leave']]);

		$this->assertSame('room', $left['type']);
		$this->assertSame(0, $this->sessionCount($sessionId));
		$this->assertSame(404, $this->talk->ocs('guest', 'GET', self::API . "/v4/room/$token")['status']);
	}

	public function testAuthChecksV1TicketsOfGuestsAndUsers(): void {
		$this->configureSecret();
		$tickets = $this->talk->container()->get(SignalingTickets::class);

		$guest = $this->signed(['type' => 'auth', 'auth' => ['version' => '1.0', 'params' => ['userid' => null, 'ticket' => $tickets->ticketV1(null)]]]);
		$alice = $this->signed(['type' => 'auth', 'auth' => ['version' => '1.0', 'params' => ['userid' => 'alice', 'ticket' => $tickets->ticketV1('alice')]]]);
		$stolen = $this->signed(['type' => 'auth', 'auth' => ['version' => '1.0', 'params' => ['userid' => 'bob', 'ticket' => $tickets->ticketV1('alice')]]]);

		$this->assertSame(['type' => 'auth', 'auth' => ['version' => '1.0']], $guest);
		$this->assertSame(['type' => 'auth', 'auth' => ['version' => '1.0', 'userid' => 'alice', 'user' => ['displayname' => 'Alice Adams']]], $alice);
		$this->assertSame('invalid_ticket', $stolen['error']['code']);
	}

	public function testHelloV2TokenIsAnEs256JwtVerifiableWithThePublishedKey(): void {
		$this->configureSecret();
		$tickets = $this->talk->container()->get(SignalingTickets::class);

		[$header, $payload, $signature] = explode('.', $tickets->tokenV2('alice', ['displayname' => 'Alice Adams']));
		$claims = json_decode(self::base64UrlDecode($payload), true);
		$raw = self::base64UrlDecode($signature);
		$der = self::joseToDer($raw);

		$this->assertSame(['typ' => 'JWT', 'alg' => 'ES256'], json_decode(self::base64UrlDecode($header), true));
		$this->assertSame(['alice', ['displayname' => 'Alice Adams'], 60], [$claims['sub'], $claims['userdata'], $claims['exp'] - $claims['iat']]);
		$this->assertSame(64, strlen($raw));
		$this->assertSame(1, openssl_verify($header . '.' . $payload, $der, $tickets->publicKey(), OPENSSL_ALGO_SHA256));
		$this->assertArrayNotHasKey('sub', json_decode(self::base64UrlDecode(explode('.', $tickets->tokenV2(null, null))[1]), true));
	}

	/**
	 * @return array{0: string, 1: string} room token and the guest's Talk session id
	 */
	private function guestInRoom(): array {
		$token = $this->talk->ocs('guest', 'POST', self::API . '/v1/publicshareauth', ['shareToken' => 'DemoBankStmt003'])['data']['token'];
		$sessionId = $this->talk->ocs('guest', 'POST', self::API . "/v4/room/$token/participants/active", ['force' => true])['data']['sessionId'];
		$this->configureSecret();
		return [$token, $sessionId];
	}

	private function configureSecret(): void {
		// An unreachable server: the stand-in's notifications to it fail fast and are only logged.
		$this->talk->container()->get(IAppConfig::class)->setValueString('spreed', 'signaling_servers', (string)json_encode(['servers' => [['server' => 'http://127.0.0.1:9']], 'secret' => self::SECRET]));
	}

	/**
	 * @param array<string, mixed> $request
	 * @return array<string, mixed>
	 */
	private function signed(array $request): array {
		$body = (string)json_encode($request);
		return $this->backend()->handle(self::RANDOM, BackendChecksum::sign(self::RANDOM, $body, self::SECRET), $body);
	}

	private function backend(): SignalingBackend {
		return $this->talk->container()->get(SignalingBackend::class);
	}

	private function sessionCount(string $sessionId): int {
		return count($this->talk->container()->get(DemoDatabase::class)->select('SELECT 1 FROM talk_sessions WHERE session_id = ?', [$sessionId]));
	}

	private static function base64UrlDecode(string $data): string {
		return (string)base64_decode(strtr($data, '-_', '+/'));
	}

	private static function joseToDer(string $raw): string {
		$integer = function (string $bytes): string {
			$bytes = ltrim($bytes, "\0");
			if (ord($bytes[0]) > 0x7f) {
				$bytes = "\0" . $bytes;
			}
			return "\x02" . chr(strlen($bytes)) . $bytes;
		};
		$sequence = $integer(substr($raw, 0, 32)) . $integer(substr($raw, 32));
		return "\x30" . chr(strlen($sequence)) . $sequence;
	}
}
