<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSession;

use OCA\VideoVerification\Controller\GrantController;
use OCA\VideoVerification\Db\GrantMapper;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Service\ShareSession\GrantService;
use OCA\VideoVerification\Service\ShareSettings\ShareResolver;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataResponse;
use OCP\IRequest;
use OCP\IUserManager;
use OCP\IUserSession;
use PHPUnit\Framework\TestCase;

/**
 * The Sharing tab's grants: the owner or initiator lists a share's active grants and
 * revokes one; anybody else, a bad id and an ended grant get 404 and change nothing.
 */
class GrantApiTest extends TestCase {
	use RequestStack;

	private const BASE = '/ocs/v2.php/apps/video_verification/api/v1';

	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpRequestStack();
		$this->addPublicShare();
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
	}

	public function testTheSharerSeesWhoHoldsAccessAndWhoVerifiedThem(): void {
		$requestId = $this->unlockByApproval('Robin Recipient');
		$this->now += 480;

		$response = $this->controller('alice')->list('1');

		$this->assertSame(200, $response->getStatus());
		$grants = $response->getData();
		$this->assertCount(1, $grants);
		$this->assertSame([
			'requestId' => $requestId,
			'shareId' => '1',
			'requesterName' => 'Robin Recipient',
			'verifiedBy' => 'alice',
			'verifiedByDisplayName' => 'Alice Adams',
			'releasedBy' => 'approve',
			'endedAt' => null,
			'endReason' => null,
		], array_intersect_key($grants[0], array_flip(['requestId', 'shareId', 'requesterName', 'verifiedBy', 'verifiedByDisplayName', 'releasedBy', 'endedAt', 'endReason'])));
		$this->assertValid('GET', '/shares/1/grants', $response);
	}

	public function testRevokingEndsTheGrantAndItLeavesTheList(): void {
		$this->unlockByApproval('Robin Recipient');
		$grantId = $this->controller('alice')->list('1')->getData()[0]['grantId'];

		$response = $this->controller('alice')->revoke($grantId);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['revoked', $this->now], [$response->getData()['endReason'], $response->getData()['endedAt']]);
		$this->assertSame('alice', (new GrantMapper($this->db))->find((int)$grantId)?->endedBy);
		$this->assertSame([], $this->controller('alice')->list('1')->getData());
		$this->assertValid('DELETE', '/grants/' . $grantId, $response);

		$again = $this->controller('alice')->revoke($grantId);
		$this->assertSame(404, $again->getStatus(), 'an ended grant cannot be revoked again');
		$this->assertValid('DELETE', '/grants/' . $grantId, $again);
	}

	public function testSomebodyElseCannotSeeOrRevokeAndNothingChanges(): void {
		$this->unlockByApproval('Robin Recipient');
		$grantId = $this->controller('alice')->list('1')->getData()[0]['grantId'];

		$list = $this->controller('mallory')->list('1');
		$this->assertSame([404, 'share_not_found'], [$list->getStatus(), $list->getData()['error']]);
		$revoke = $this->controller('mallory')->revoke($grantId);
		$this->assertSame([404, 'grant_not_found'], [$revoke->getStatus(), $revoke->getData()['error']]);
		$this->assertSame(404, $this->controller(null)->revoke($grantId)->getStatus());

		$this->assertNull((new GrantMapper($this->db))->find((int)$grantId)?->endedAt);
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public static function badIds(): array {
		return [
			'letters' => ['abc'],
			'zero' => ['0'],
			'negative' => ['-1'],
			'too long' => [str_repeat('9', 20)],
			'unknown' => ['4242'],
		];
	}

	/**
	 * @dataProvider badIds
	 */
	public function testABadGrantIdIsNotFound(string $grantId): void {
		$this->unlockByApproval('Robin Recipient');

		$response = $this->controller('alice')->revoke($grantId);

		$this->assertSame([404, 'grant_not_found'], [$response->getStatus(), $response->getData()['error']]);
		$this->assertCount(1, $this->controller('alice')->list('1')->getData());
	}

	private function assertValid(string $method, string $path, DataResponse $response): void {
		$ok = $response->getStatus() < 300;
		$this->assertSame([], $this->validator->validateResponse($method, self::BASE . $path, $response->getStatus(), ['ocs' => [
			'meta' => ['status' => $ok ? 'ok' : 'failure', 'statuscode' => $response->getStatus(), 'message' => $ok ? 'OK' : ''],
			'data' => $response->getData(),
		]]));
	}

	private function controller(?string $user): GrantController {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user === null ? null : $this->requestUser($user));
		$users = $this->createMock(IUserManager::class);
		$users->method('getDisplayName')->willReturnCallback(static fn (string $uid): ?string => ['alice' => 'Alice Adams'][$uid] ?? null);
		$l10n = $this->requestL10n();
		return new GrantController($this->createMock(IRequest::class), new GrantService(
			new GrantMapper($this->db),
			new VerificationRequestMapper($this->db),
			new ShareResolver($this->publicShareManager(), $l10n),
			$users,
			$this->time(),
			$l10n,
		), $session);
	}

	private function unlockByApproval(string $name): string {
		$created = $this->requestController()->create('DemoContract001', $name)->getData();
		$this->talkAnswers('DemoContract001');
		$this->assertSame(200, $this->decisionController('alice')->approve($created['requestId'])->getStatus());
		$this->assertSame('used', $this->requestController('recipient', $created['secret'])->show($created['requestId'])->getData()['status']);
		return $created['requestId'];
	}
}
