<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo\Talk;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;
use OCA\VideoVerification\Demo\Talk\Model\Attendee;
use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\Service\StartCallRule;
use OCP\IAppConfig;
use PHPUnit\Framework\TestCase;

/**
 * The Talk stand-in's start_calls rule, as spreed decides it (Listener/RestrictStartingCalls,
 * Participant::canStartCall, InjectionMiddleware with #[RequireCallEnabled]): the recipient, a
 * guest, may start the call in the share's room under 0, 1 and 2; under 3 nobody joins a call.
 */
class StartCallsTest extends TestCase {
	private const API = '/ocs/v2.php/apps/spreed/api';
	private const BANK = 'DemoBankStmt003';

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

	public static function startCalls(): array {
		return [
			'everyone' => ['0', 200],
			'users' => ['1', 200],
			'moderators' => ['2', 200],
			'nobody' => ['3', 403],
		];
	}

	/**
	 * @dataProvider startCalls
	 */
	public function testAGuestStartsTheCallInTheSharesRoomUnlessCallsAreOff(string $startCalls, int $status): void {
		$token = $this->talk->ocs('guest', 'POST', self::API . '/v1/publicshareauth', ['shareToken' => self::BANK])['data']['token'];
		$this->talk->ocs('guest', 'POST', self::API . "/v4/room/$token/participants/active", ['force' => true]);
		$this->talk->container()->get(IAppConfig::class)->setValueString('spreed', 'start_calls', $startCalls);

		$this->assertSame($status, $this->talk->ocs('guest', 'POST', self::API . "/v4/call/$token", ['flags' => 7])['status']);
		if ($status === 403) {
			// spreed's openapi.json documents the controller's answers, not InjectionMiddleware's
			// 403: the one answer outside the spec, and only that one
			$this->assertSame(["POST /ocs/v2.php/apps/spreed/api/v4/call/$token → 403: status 403 is not declared (declared: 200, 404, 400)"], $this->talk->violations);
			$this->talk->violations = [];
		}
	}

	public static function otherRooms(): array {
		return [
			'everyone, guest' => ['0', Attendee::ACTOR_GUESTS, Attendee::GUEST, true],
			'users, guest' => ['1', Attendee::ACTOR_GUESTS, Attendee::GUEST, false],
			'users, user' => ['1', Attendee::ACTOR_USERS, Attendee::USER, true],
			'moderators, user' => ['2', Attendee::ACTOR_USERS, Attendee::USER, false],
			'moderators, moderator' => ['2', Attendee::ACTOR_USERS, Attendee::MODERATOR, true],
			'nobody, moderator' => ['3', Attendee::ACTOR_USERS, Attendee::MODERATOR, false],
		];
	}

	/**
	 * Outside a share's room Participant::canStartCall decides: the exception is that room only.
	 *
	 * @dataProvider otherRooms
	 */
	public function testInAnyOtherRoomCanStartCallDecides(string $startCalls, string $actorType, int $participantType, bool $mayStart): void {
		$config = $this->createMock(IAppConfig::class);
		$config->method('getValueString')->willReturnCallback(fn (string $app, string $key, string $default = ''): string => $key === 'start_calls' ? $startCalls : $default);
		$room = new Room(1, 'abcd1234', Room::TYPE_PUBLIC, 'Team', '', '', 0, 0, 0);
		$attendee = new Attendee(1, 1, $actorType, 'someone', 'Someone', $participantType);

		$this->assertSame($mayStart, (new StartCallRule($config))->mayStartOrJoin($room, $attendee));
	}

	public function testARunningCallCanBeJoinedWhateverTheLimit(): void {
		$config = $this->createMock(IAppConfig::class);
		$config->method('getValueString')->willReturn('2');
		$room = new Room(1, 'abcd1234', Room::TYPE_PUBLIC, 'Team', '', '', 7, 1, 1);

		$this->assertTrue((new StartCallRule($config))->mayStartOrJoin($room, new Attendee(1, 1, Attendee::ACTOR_GUESTS, 'g', 'Guest', Attendee::GUEST)));
	}
}
