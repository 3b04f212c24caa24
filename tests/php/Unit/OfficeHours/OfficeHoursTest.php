<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\OfficeHours;

use OCA\VideoVerification\Controller\OfficeHoursController;
use OCA\VideoVerification\Service\OfficeHours\OfficeHoursStore;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataResponse;
use OCP\IRequest;
use OCP\IUserSession;
use PHPUnit\Framework\TestCase;

/**
 * A sharer's office hours: set through the API, enforced when a recipient asks to call
 * (409 outside_office_hours saying when), bad input changing nothing.
 */
class OfficeHoursTest extends TestCase {
	use RequestStack;

	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/office-hours';
	/** Wednesday 2027-01-13 12:00 UTC */
	private const WEDNESDAY_NOON = 1_799_841_600;

	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
	}

	public function testWithoutOfficeHoursCallsRingAtAnyTime(): void {
		$response = $this->controller()->show();

		$this->assertSame(['enabled' => false, 'days' => [], 'from' => null, 'to' => null, 'summary' => null], $response->getData());
		$this->assertValid('GET', $response);
		$this->now = self::WEDNESDAY_NOON - 12 * 3600 + 3 * 3600;
		$this->assertSame(201, $this->requestController()->create('DemoContract001', 'Carol')->getStatus());
	}

	public function testSavesAndDescribesThem(): void {
		$response = $this->controller()->update(true, [5, 1, 2, 3, 4, 4], '09:00', '17:30');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['enabled' => true, 'days' => [1, 2, 3, 4, 5], 'from' => '09:00', 'to' => '17:30', 'summary' => 'Mon–Fri 9:00–17:30'], $response->getData());
		$this->assertValid('PUT', $response);
		$this->assertSame($response->getData(), $this->controller()->show()->getData());
		$this->assertSame('Mon, Wed, Sat, Sun 0:30–8:00', $this->controller()->update(true, [1, 3, 6, 7], '00:30', '08:00')->getData()['summary']);
	}

	public function testInsideTheHoursTheRequestIsMadeOutsideItIsRefusedSayingWhen(): void {
		$this->controller()->update(true, [1, 2, 3, 4, 5], '09:00', '17:00');

		$this->now = self::WEDNESDAY_NOON;
		$this->assertSame(201, $this->requestController()->create('DemoContract001', 'Carol')->getStatus());

		$this->now = self::WEDNESDAY_NOON + 5 * 3600;
		$late = $this->requestController()->create('DemoContract001', 'Carol');
		$this->assertSame(409, $late->getStatus());
		$this->assertSame(['error' => 'outside_office_hours', 'message' => 'The sharer takes calls Mon–Fri 9:00–17:00 (their time).'], $late->getData());
		$this->assertSame([], $this->validator->validateResponse('POST', '/ocs/v2.php/apps/video_verification/api/v1/requests', 409, $this->envelope($late)));

		$this->now = self::WEDNESDAY_NOON + 3 * 86400;
		$this->assertSame(409, $this->requestController()->create('DemoContract001', 'Carol')->getStatus(), 'Saturday');
		$this->assertCount(1, $this->requestRows(), 'a refused request is not stored');
	}

	public function testTheSharersTimeZoneCounts(): void {
		$this->controller()->update(true, [3], '09:00', '17:00');
		$this->userValues['alice/core/timezone'] = 'Pacific/Auckland';

		$this->now = self::WEDNESDAY_NOON;
		$this->assertSame(409, $this->requestController()->create('DemoContract001', 'Carol')->getStatus(), 'Thursday 01:00 in Auckland');
		$this->now = self::WEDNESDAY_NOON - 24 * 3600 + 9 * 3600;
		$this->assertSame(201, $this->requestController()->create('DemoContract001', 'Carol')->getStatus(), 'Wednesday 10:00 in Auckland');
	}

	public function testSwitchingThemOffRemovesThem(): void {
		$this->controller()->update(true, [1], '09:00', '10:00');

		$this->assertSame(['enabled' => false, 'days' => [], 'from' => null, 'to' => null, 'summary' => null], $this->controller()->update(false)->getData());
		$this->assertSame([], $this->userValues);
	}

	/**
	 * @return array<string, array{mixed, mixed, mixed, mixed}>
	 */
	public static function badBodies(): array {
		return [
			'no enabled' => [null, [1], '09:00', '17:00'],
			'enabled as text' => ['true', [1], '09:00', '17:00'],
			'no days' => [true, [], '09:00', '17:00'],
			'day 0' => [true, [0], '09:00', '17:00'],
			'day 8' => [true, [8], '09:00', '17:00'],
			'day as text' => [true, ['1'], '09:00', '17:00'],
			'days as map' => [true, ['a' => 1], '09:00', '17:00'],
			'bad time' => [true, [1], '9:00', '17:00'],
			'hour 24' => [true, [1], '09:00', '24:00'],
			'end before start' => [true, [1], '17:00', '09:00'],
			'empty window' => [true, [1], '09:00', '09:00'],
			'missing end' => [true, [1], '09:00', null],
		];
	}

	/**
	 * @dataProvider badBodies
	 */
	public function testBadInputIsRefusedAndChangesNothing(mixed $enabled, mixed $days, mixed $from, mixed $to): void {
		$this->controller()->update(true, [2], '08:00', '12:00');
		$before = $this->userValues;

		$response = $this->controller()->update($enabled, $days, $from, $to);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('invalid_body', $response->getData()['error']);
		$this->assertNotSame('', $response->getData()['message']);
		$this->assertValid('PUT', $response);
		$this->assertSame($before, $this->userValues);
	}

	public function testGarbledStoredHoursMeanCallsAtAnyTime(): void {
		$this->userValues['alice/video_verification/' . OfficeHoursStore::KEY] = '{"days":[9],"from":"x"}';

		$this->assertFalse($this->controller()->show()->getData()['enabled']);
		$this->assertSame(201, $this->requestController()->create('DemoContract001', 'Carol')->getStatus());
	}

	private function controller(string $uid = 'alice'): OfficeHoursController {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($this->requestUser($uid));
		$l10n = $this->requestL10n();
		return new OfficeHoursController($this->createMock(IRequest::class), new OfficeHoursStore($this->userConfig(), $l10n), $session, $l10n);
	}

	private function assertValid(string $method, DataResponse $response): void {
		$this->assertSame([], $this->validator->validateResponse($method, self::PATH, $response->getStatus(), $this->envelope($response)));
	}

	/**
	 * @return array<string, mixed>
	 */
	private function envelope(DataResponse $response): array {
		$ok = $response->getStatus() < 300;
		return ['ocs' => ['meta' => ['status' => $ok ? 'ok' : 'failure', 'statuscode' => $response->getStatus(), 'message' => ''], 'data' => $response->getData()]];
	}
}
