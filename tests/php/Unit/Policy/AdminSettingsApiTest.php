<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Policy;

use OCA\VideoVerification\Controller\AdminSettingsController;
use OCA\VideoVerification\Service\Policy\AdminSettingsParser;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\PolicyFixtures;
use OCA\VideoVerification\Tests\Unit\ShareFixtures;
use OCP\AppFramework\Http\DataResponse;
use OCP\IRequest;
use PHPUnit\Framework\TestCase;

/**
 * GET/PUT /api/v1/admin/settings: every setting validated, bad input changes nothing.
 */
class AdminSettingsApiTest extends TestCase {
	use ShareFixtures;
	use PolicyFixtures;

	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/admin/settings';
	private const VALID = [
		'usableBy' => 'groups',
		'allowedGroups' => ['sharers', 'legal'],
		'requiredGroups' => ['legal'],
		'defaultMode' => 'password',
		'requestTtlMinutes' => 30,
		'grantTtlMinutes' => 120,
		'retentionDays' => 0,
		'allowCallsWithoutVideo' => true,
	];

	public function testTheDefaults(): void {
		$response = $this->controller()->show();

		$this->assertSame(200, $response->getStatus());
		$this->assertSame([
			'usableBy' => 'everyone',
			'allowedGroups' => [],
			'requiredGroups' => [],
			'defaultMode' => 'approve',
			'requestTtlMinutes' => 15,
			'grantTtlMinutes' => 0,
			'retentionDays' => 365,
			'allowCallsWithoutVideo' => false,
		], $response->getData());
		$this->assertSame(900, $this->adminPolicy()->requestTtlSeconds());
	}

	public function testSavesAndReadsBackEverySetting(): void {
		$response = $this->put(self::VALID);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(self::VALID, $response->getData());
		$this->assertSame(self::VALID, $this->controller()->show()->getData());
		$policy = $this->adminPolicy();
		$this->assertSame(1800, $policy->requestTtlSeconds());
		$this->assertSame(120, $policy->grantTtlMinutes());
		$this->assertSame(0, $policy->retentionDays());
		$this->assertSame('password', $policy->defaultMode()->value);
		$this->assertTrue($policy->allowCallsWithoutVideo());
	}

	public function testAPageThatDoesNotSendCallsWithoutVideoLeavesThemOff(): void {
		$body = self::VALID;
		unset($body['allowCallsWithoutVideo']);

		$this->assertFalse($this->put($body)->getData()['allowCallsWithoutVideo']);
		$this->assertFalse($this->adminPolicy()->allowCallsWithoutVideo());
	}

	public function testDuplicateGroupsAreStoredOnceAndNumericIdsStayStrings(): void {
		$response = $this->put(['allowedGroups' => ['42', 'sharers', '42']] + self::VALID);

		$this->assertSame(['42', 'sharers'], $response->getData()['allowedGroups']);
	}

	/**
	 * @return array<string, array{array<string, mixed>, string}>
	 */
	public static function badBodies(): array {
		return [
			'usableBy missing' => [['usableBy' => null], 'usableBy'],
			'usableBy unknown' => [['usableBy' => 'admins'], 'usableBy'],
			'groups without a group' => [['allowedGroups' => []], 'at least one group'],
			'allowedGroups not a list' => [['allowedGroups' => 'sharers'], 'allowedGroups'],
			'allowedGroups an object' => [['allowedGroups' => ['a' => 'sharers']], 'allowedGroups'],
			'allowedGroups with a number' => [['allowedGroups' => [42]], 'allowedGroups'],
			'allowedGroups with an unknown group' => [['allowedGroups' => ['nobody']], 'nobody'],
			'requiredGroups missing' => [['requiredGroups' => null], 'requiredGroups'],
			'requiredGroups with an empty id' => [['requiredGroups' => ['']], 'requiredGroups'],
			'requiredGroups with an unknown group' => [['requiredGroups' => ['ghosts']], 'ghosts'],
			'too many groups' => [['requiredGroups' => array_fill(0, AdminSettingsParser::MAX_GROUPS + 1, 'legal')], 'requiredGroups'],
			'defaultMode unknown' => [['defaultMode' => 'call'], 'defaultMode'],
			'defaultMode missing' => [['defaultMode' => null], 'defaultMode'],
			'requestTtl zero' => [['requestTtlMinutes' => 0], 'requestTtlMinutes'],
			'requestTtl too long' => [['requestTtlMinutes' => 1441], 'requestTtlMinutes'],
			'requestTtl a string' => [['requestTtlMinutes' => '15'], 'requestTtlMinutes'],
			'requestTtl a float' => [['requestTtlMinutes' => 15.0], 'requestTtlMinutes'],
			'grantTtl negative' => [['grantTtlMinutes' => -1], 'grantTtlMinutes'],
			'grantTtl too long' => [['grantTtlMinutes' => 43201], 'grantTtlMinutes'],
			'grantTtl missing' => [['grantTtlMinutes' => null], 'grantTtlMinutes'],
			'retention negative' => [['retentionDays' => -5], 'retentionDays'],
			'retention too long' => [['retentionDays' => 3651], 'retentionDays'],
			'retention a bool' => [['retentionDays' => true], 'retentionDays'],
			'callsWithoutVideo a string' => [['allowCallsWithoutVideo' => 'yes'], 'allowCallsWithoutVideo'],
			'callsWithoutVideo a number' => [['allowCallsWithoutVideo' => 1], 'allowCallsWithoutVideo'],
			'callsWithoutVideo null' => [['allowCallsWithoutVideo' => null], 'allowCallsWithoutVideo'],
		];
	}

	/**
	 * @dataProvider badBodies
	 * @param array<string, mixed> $override
	 */
	public function testBadInputIsRefusedAndChangesNothing(array $override, string $named): void {
		$this->put(self::VALID);
		$before = $this->appValues;
		$this->appConfigWrites = [];

		$response = $this->put($override + self::VALID);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('invalid_body', $response->getData()['error']);
		$this->assertStringContainsString($named, $response->getData()['message']);
		$this->assertSame([], $this->appConfigWrites);
		$this->assertSame($before, $this->appValues);
	}

	public function testOutOfRangeStoredValuesReadAsTheNearestValidOne(): void {
		$this->appValues['video_verification'] = [
			'request_ttl' => '5',
			'grant_ttl_minutes' => '-3',
			'retention_days' => '99999',
			'default_mode' => 'shout',
			'usable_by' => 'nobody',
			'allowed_groups' => '{"broken"',
			'required_groups' => '["legal", 7, "", "legal"]',
		];

		$this->assertSame([
			'usableBy' => 'everyone',
			'allowedGroups' => [],
			'requiredGroups' => ['legal'],
			'defaultMode' => 'approve',
			'requestTtlMinutes' => 1,
			'grantTtlMinutes' => 0,
			'retentionDays' => 3650,
			'allowCallsWithoutVideo' => false,
		], $this->controller()->show()->getData());
		$this->assertSame(60, $this->adminPolicy()->requestTtlSeconds());
	}

	public function testEveryAnswerMatchesTheSpec(): void {
		$validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
		$headers = ['OCS-APIRequest' => 'true'];
		$this->assertSame([], $validator->validateRequest('PUT', self::PATH, [], self::VALID, $headers));
		$this->assertNotSame([], $validator->validateRequest('PUT', self::PATH, [], ['retentionDays' => 3] + self::VALID + ['extra' => 1] + ['usableBy' => 'x'], $headers));

		foreach ([['GET', $this->controller()->show()], ['PUT', $this->put(self::VALID)], ['PUT', $this->put(['defaultMode' => 'x'] + self::VALID)]] as [$method, $response]) {
			$this->assertSame([], $validator->validateResponse($method, self::PATH, $response->getStatus(), $this->envelope($response)));
		}
	}

	/**
	 * @param array<string, mixed> $body
	 */
	private function put(array $body): DataResponse {
		return $this->controller()->update(...$body);
	}

	private function controller(): AdminSettingsController {
		return new AdminSettingsController(
			$this->createMock(IRequest::class),
			$this->adminPolicy(),
			new AdminSettingsParser($this->groupManager(), $this->l10n()),
		);
	}

	private function envelope(DataResponse $response): array {
		$ok = $response->getStatus() < 300;
		return ['ocs' => [
			'meta' => ['status' => $ok ? 'ok' : 'failure', 'statuscode' => $response->getStatus(), 'message' => $ok ? 'OK' : ''],
			'data' => $response->getData(),
		]];
	}
}
