<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCP\IAppConfig;
use PHPUnit\Framework\TestCase;

/**
 * The Talk stand-in's rules for video-verification rooms and internal signaling, through the
 * demo host's HTTP stack; every Talk request and response must match Talk's OpenAPI spec.
 */
class TalkStandInTest extends TestCase {
	private const API = '/ocs/v2.php/apps/spreed/api';
	private const BANK = 'DemoBankStmt003';

	private TalkHarness $talk;

	protected function setUp(): void {
		$this->talk = new TalkHarness();
		$this->talk->login('alice', 'alice');
		$this->db()->execute('UPDATE demo_shares SET password_by_talk = 1 WHERE id IN (2, 3)');
	}

	protected function tearDown(): void {
		$violations = $this->talk->violations;
		$this->talk->cleanUp();
		$this->assertSame([], $violations, 'Talk requests and responses follow spreed-openapi.json');
	}

	public function testPublicShareAuthRefusesUnknownTokens(): void {
		$this->assertSame(404, $this->createRoom('guest', 'NoSuchShare')['status']);
	}

	public function testPublicShareAuthRefusesSharesWithoutPasswordByTalk(): void {
		$this->assertSame(404, $this->createRoom('guest', 'DemoContract001')['status']);
	}

	public function testPublicShareAuthRefusesSharesOfUnknownSharers(): void {
		$this->db()->execute("UPDATE demo_shares SET uid_owner = 'ghost', uid_initiator = 'ghost' WHERE id = 3");

		$this->assertSame(404, $this->createRoom('guest', self::BANK)['status']);
	}

	public function testLinkShareRoomIsNamedAfterTheFileAndEmailShareRoomAfterTheRecipient(): void {
		$link = $this->createRoom('guest', self::BANK);
		$email = $this->createRoom('guest', 'DemoMedical0002');

		$this->assertSame(201, $link['status']);
		$this->assertSame('Bank statement.pdf', $link['data']['name']);
		$this->assertMatchesRegularExpression('/^[a-z0-9]{8}$/', $link['data']['token']);
		$this->assertSame('carol@example.com', $email['data']['name']);
		$this->assertNotSame($link['data']['token'], $this->createRoom('guest', self::BANK)['data']['token'], 'every request gets a new room');
	}

	public function testGuestJoinsAsGuestWithATalkSessionIdOf255Characters(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];

		$joined = $this->join('guest', $token);

		$this->assertSame(200, $joined['status']);
		$this->assertSame('guests', $joined['data']['actorType']);
		$this->assertSame(4, $joined['data']['participantType']);
		$this->assertSame('share:password', $joined['data']['objectType']);
		$this->assertSame(self::BANK, $joined['data']['objectId']);
		$this->assertSame(255, strlen($joined['data']['sessionId']));
		$this->assertSame($joined['data']['sessionId'], json_decode($this->talk->browser('guest')->get('spreed-session'), true)[$token]);
	}

	public function testOnlyTheOwnerAndOneOtherParticipantMayJoin(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$this->talk->login('bob', 'bob');

		$this->assertSame(404, $this->join('second-guest', $token)['status']);
		$this->assertSame(404, $this->join('bob', $token)['status']);
		$alice = $this->join('alice', $token);
		$this->assertSame(200, $alice['status']);
		$this->assertSame(1, $alice['data']['participantType']);
	}

	public function testTheRoomIsDeletedWhenAParticipantLeaves(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$this->join('alice', $token);

		$this->assertSame(200, $this->talk->ocs('guest', 'DELETE', self::API . "/v4/room/$token/participants/active")['status']);

		$this->assertSame(404, $this->talk->ocs('alice', 'GET', self::API . "/v4/room/$token")['status']);
		$pull = $this->pull('alice', $token);
		$this->assertSame(404, $pull['status']);
		$this->assertSame([['type' => 'usersInRoom', 'data' => []]], $pull['data']);
		$this->assertSame(404, $this->join('guest', $token)['status']);
	}

	public function testPullReturnsMessagesThenUsersInRoomAndDropsForeignSessionIds(): void {
		$clock = $this->talk->stopClock();
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$guestSession = $this->join('guest', $token)['data']['sessionId'];
		$aliceSession = $this->join('alice', $token)['data']['sessionId'];
		$this->pull('alice', $token);

		$offer = ['to' => $aliceSession, 'sid' => '1', 'roomType' => 'video', 'type' => 'offer', 'payload' => ['type' => 'offer', 'sdp' => 'v=0', 'nick' => 'Carol']];
		$forged = ['to' => $aliceSession, 'type' => 'offer', 'payload' => ['sdp' => 'forged']];
		$sent = $this->talk->ocs('guest', 'POST', self::API . "/v3/signaling/$token", ['messages' => json_encode([
			['ev' => 'message', 'fn' => json_encode($forged), 'sessionId' => $aliceSession],
			['ev' => 'message', 'fn' => json_encode($offer), 'sessionId' => $guestSession],
		])]);
		$sameSecond = $this->pull('alice', $token);
		$clock->advance(1);
		$pull = $this->pull('alice', $token);

		$this->assertSame(200, $sent['status']);
		$this->assertSame(['usersInRoom'], array_column($sameSecond['data'], 'type'), 'as in Talk, a message is handed out once it is a second old');
		$this->assertSame(200, $pull['status']);
		$this->assertCount(2, $pull['data']);
		$this->assertSame('message', $pull['data'][0]['type']);
		$this->assertSame($offer + ['from' => $guestSession], json_decode($pull['data'][0]['data'], true));
		$this->assertSame('usersInRoom', $pull['data'][1]['type']);
		$this->assertEqualsCanonicalizing([$guestSession, $aliceSession], array_column($pull['data'][1]['data'], 'sessionId'));
	}

	public function testAReplacedSessionGets409(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$oldTab = clone $this->talk->browser('guest');
		$this->join('guest', $token);
		$this->talk->browser('old-tab')->data = $oldTab->data;

		$this->assertSame(409, $this->pull('old-tab', $token)['status']);
		$this->assertSame(200, $this->pull('guest', $token)['status']);
	}

	public function testJoiningWithoutForceWhileInTheCallIs409(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$this->talk->ocs('guest', 'POST', self::API . "/v4/call/$token", ['flags' => 7]);

		$conflict = $this->talk->ocs('guest', 'POST', self::API . "/v4/room/$token/participants/active", ['force' => false]);

		$this->assertSame(409, $conflict['status']);
		$this->assertSame(7, $conflict['data']['inCall']);
	}

	public function testTheGuestStartingTheCallRingsTheOwnerUntilTheCallEnds(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$this->assertSame(200, $this->talk->ocs('guest', 'POST', self::API . "/v1/guest/$token/name", ['displayName' => 'Carol'])['status']);

		$this->assertSame(200, $this->talk->ocs('guest', 'POST', self::API . "/v4/call/$token", ['flags' => 7, 'silent' => false])['status']);
		$ring = $this->notifications('alice');
		$peers = $this->talk->ocs('guest', 'GET', self::API . "/v4/call/$token");
		$this->assertSame(200, $this->talk->ocs('guest', 'DELETE', self::API . "/v4/call/$token")['status']);

		$this->assertCount(1, $ring);
		$this->assertSame('Someone is requesting the password to access Bank statement.pdf', $ring[0]['subject']);
		$this->assertSame([['label' => 'Answer call', 'link' => "http://demo.test/index.php/call/$token#direct-call", 'type' => 'WEB', 'primary' => true]], $ring[0]['actions']);
		$this->assertSame(['Carol'], array_column($peers['data'], 'displayName'));
		$this->assertSame([], $this->notifications('alice'));
	}

	public function testEmailShareRingNamesTheRecipient(): void {
		$token = $this->createRoom('guest', 'DemoMedical0002')['data']['token'];
		$this->join('guest', $token);
		$this->talk->ocs('guest', 'POST', self::API . "/v4/call/$token", ['flags' => 7]);

		$this->assertSame('carol@example.com is requesting the password to access Medical report.pdf', $this->notifications('alice')[0]['subject']);
	}

	public function testOwnerAnsweringWithdrawsTheRing(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$this->talk->ocs('guest', 'POST', self::API . "/v4/call/$token", ['flags' => 7]);
		$this->join('alice', $token);

		$this->talk->ocs('alice', 'POST', self::API . "/v4/call/$token", ['flags' => 7]);

		$this->assertSame([], $this->notifications('alice'));
	}

	public function testCallAndNameNeedASessionAndUsersCannotRenameAsGuests(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('alice', $token);

		$this->assertSame(404, $this->talk->ocs('stranger', 'POST', self::API . "/v4/call/$token", ['flags' => 7])['status']);
		$this->assertSame(404, $this->talk->ocs('stranger', 'POST', self::API . "/v1/guest/$token/name", ['displayName' => 'X'])['status']);
		$this->assertSame(403, $this->talk->ocs('alice', 'POST', self::API . "/v1/guest/$token/name", ['displayName' => 'X'])['status']);
		$this->assertSame(400, $this->talk->ocs('alice', 'PUT', self::API . "/v4/call/$token", ['flags' => 3])['status'], 'not in the call');
	}

	public function testSettingsAreInternalWithAStunServerByDefault(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);

		$settings = $this->talk->ocs('guest', 'GET', self::API . '/v3/signaling/settings', null, ['token' => $token]);

		$this->assertSame('internal', $settings['data']['signalingMode']);
		$this->assertSame([['urls' => ['stun:stun.nextcloud.com:443']]], $settings['data']['stunservers']);
		$this->assertSame([], $settings['data']['turnservers']);
		$this->assertSame(404, $this->talk->ocs('stranger', 'GET', self::API . '/v3/signaling/settings', null, ['token' => $token])['status']);
	}

	public function testInternalSignalingIsDisabledWithAnExternalServer(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);
		$this->talk->container()->get(IAppConfig::class)->setValueString('spreed', 'signaling_servers', json_encode(['servers' => [['server' => 'https://hpb.example', 'verify' => true]], 'secret' => 's']));

		$pull = $this->pull('guest', $token);
		$send = $this->talk->ocs('guest', 'POST', self::API . "/v3/signaling/$token", ['messages' => '[]']);

		$this->assertSame([400, 'Internal signaling disabled.'], [$pull['status'], $pull['data']]);
		$this->assertSame([400, 'Internal signaling disabled.'], [$send['status'], $send['data']]);
		$this->assertSame('external', $this->talk->ocs('guest', 'GET', self::API . '/v3/signaling/settings', null, ['token' => $token])['data']['signalingMode']);
	}

	public function testMalformedSignalingBatchIsRefused(): void {
		$token = $this->createRoom('guest', self::BANK)['data']['token'];
		$this->join('guest', $token);

		$this->assertSame(400, $this->talk->ocs('guest', 'POST', self::API . "/v3/signaling/$token", ['messages' => '{"not":"a list"}'])['status']);
	}

	private function createRoom(string $browser, string $shareToken): array {
		return $this->talk->ocs($browser, 'POST', self::API . '/v1/publicshareauth', ['shareToken' => $shareToken]);
	}

	private function join(string $browser, string $token): array {
		return $this->talk->ocs($browser, 'POST', self::API . "/v4/room/$token/participants/active", ['force' => true]);
	}

	private function pull(string $browser, string $token): array {
		return $this->talk->ocs($browser, 'GET', self::API . "/v3/signaling/$token");
	}

	private function notifications(string $browser): array {
		return $this->talk->ocs($browser, 'GET', '/ocs/v2.php/apps/notifications/api/v2/notifications')['data'];
	}

	private function db(): DemoDatabase {
		return $this->talk->container()->get(DemoDatabase::class);
	}
}
