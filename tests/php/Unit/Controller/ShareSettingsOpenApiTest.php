<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\ServiceStack;
use OCP\AppFramework\Http\DataResponse;
use OCP\Share\IShare;
use PHPUnit\Framework\TestCase;

/**
 * What the controller answers matches openapi.json (wrapped in the OCS v2 envelope
 * as Nextcloud does).
 */
class ShareSettingsOpenApiTest extends TestCase {
	use ServiceStack;

	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/shares/';

	private OpenApiValidator $validator;

	protected function setUp(): void {
		parent::setUp();
		$this->setUpStack();
		$this->validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
		$this->addShare(['id' => '42']);
		$this->addShare(['id' => '43', 'type' => IShare::TYPE_USER]);
		$this->addShare(['id' => '44', 'owner' => 'bob', 'sharedBy' => 'bob']);
		$this->addShare(['id' => '45']);
	}

	public function testEveryAnswerMatchesTheSpec(): void {
		$cases = [
			['GET', '42', null, $this->controller()->show('42')],
			['PUT', '42', ['enabled' => true, 'mode' => 'approve'], $this->controller()->update('42', true, 'approve')],
			['GET', '42', null, $this->controller()->show('42')],
			['PUT', '42', ['enabled' => false], $this->controller()->update('42', false)],
			['GET', '43', null, $this->controller()->show('43')],
			['PUT', '44', ['enabled' => true], $this->controller()->update('44', true)],
			['PUT', '45', ['enabled' => true, 'mode' => 'password'], $this->controller()->update('45', true, 'password')],
			['PUT', '42', ['enabled' => 'yes'], $this->controller()->update('42', 'yes')],
		];
		$this->talkUsers = [];
		$cases[] = ['PUT', '42', ['enabled' => true], $this->controller()->update('42', true)];

		$statuses = [];
		foreach ($cases as [$method, $id, $body, $response]) {
			$statuses[] = $response->getStatus();
			$this->assertSame([], $this->validator->validateResponse($method, self::PATH . $id, $response->getStatus(), $this->envelope($response)));
		}
		$this->assertSame([200, 200, 200, 200, 400, 404, 400, 400, 412], $statuses);
	}

	public function testTheSpecDescribesTheBodiesTheUiSends(): void {
		$headers = ['OCS-APIRequest' => 'true'];

		$this->assertSame([], $this->validator->validateRequest('PUT', self::PATH . '42', [], ['enabled' => true, 'mode' => 'password', 'password' => 'secret'], $headers));
		$this->assertSame([], $this->validator->validateRequest('PUT', self::PATH . '42', [], ['enabled' => false], $headers));
		$this->assertNotSame([], $this->validator->validateRequest('PUT', self::PATH . '42', [], ['mode' => 'approve'], $headers));
	}

	private function envelope(DataResponse $response): array {
		$ok = $response->getStatus() < 300;
		return ['ocs' => [
			'meta' => ['status' => $ok ? 'ok' : 'failure', 'statuscode' => $response->getStatus(), 'message' => $ok ? 'OK' : ''],
			'data' => $response->getData(),
		]];
	}
}
