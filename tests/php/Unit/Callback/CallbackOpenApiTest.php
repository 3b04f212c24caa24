<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Callback;

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Unit\Request\RequestStack;
use OCP\AppFramework\Http\DataResponse;
use PHPUnit\Framework\TestCase;

/**
 * Every answer of the callback endpoints, as openapi.json declares it.
 */
class CallbackOpenApiTest extends TestCase {
	use RequestStack;

	private const PATH = '/ocs/v2.php/apps/video_verification/api/v1/requests';

	public function testEveryAnswerMatchesTheSpec(): void {
		$this->setUpRequestStack();
		$this->addPublicShare();
		$validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
		$created = $this->requestController()->create('DemoContract001', 'Carol')->getData();
		$id = $created['requestId'];
		$recipient = fn () => $this->callbackController('recipient', $created['secret']);

		$cases = [
			['POST', "/$id/callback", $recipient()->ask($id, 'too early'), 409],
			['GET', "/$id/callback", $recipient()->show($id), 404],
		];
		$this->now += 61;
		$this->requestController('recipient', $created['secret'])->cancel($id);
		$cases[] = ['POST', "/$id/callback", $recipient()->ask($id, str_repeat('x', 501)), 400];
		$cases[] = ['POST', "/$id/callback", $this->callbackController('recipient', 'wrong')->ask($id, 'x'), 404];
		$cases[] = ['POST', "/$id/call-back", $this->callbackController(user: 'alice')->callBack($id), 409];
		$cases[] = ['POST', "/$id/callback", $recipient()->ask($id, 'Call me'), 201];
		$cases[] = ['GET', "/$id/callback", $recipient()->show($id), 200];
		$cases[] = ['POST', "/$id/call-back", $this->callbackController(user: 'bob')->callBack($id), 404];
		$cases[] = ['POST', "/$id/call-back", $this->callbackController(user: 'alice')->callBack($id), 200];
		$cases[] = ['GET', "/$id/callback", $recipient()->show($id), 200];

		foreach ($cases as $i => [$method, $path, $response, $status]) {
			$this->assertSame($status, $response->getStatus(), "case $i: $method $path");
			$this->assertSame([], $validator->validateResponse($method, self::PATH . $path, $response->getStatus(), $this->envelope($response)), "case $i");
		}
	}

	public function testTheSpecDescribesWhatTheRecipientAndTheSharerSend(): void {
		$validator = new OpenApiValidator(dirname(__DIR__, 4) . '/openapi.json');
		$id = str_repeat('a', 32);
		$secret = ['OCS-APIRequest' => 'true', 'X-Request-Secret' => 's3cret'];

		$this->assertSame([], $validator->validateRequest('POST', self::PATH . "/$id/callback", [], ['message' => 'hi'], $secret));
		$this->assertSame([], $validator->validateRequest('POST', self::PATH . "/$id/callback", [], null, $secret));
		$this->assertSame([], $validator->validateRequest('GET', self::PATH . "/$id/callback", [], null, $secret));
		$this->assertSame([], $validator->validateRequest('POST', self::PATH . "/$id/call-back", [], null, ['OCS-APIRequest' => 'true']));
		$this->assertNotSame([], $validator->validateRequest('POST', self::PATH . "/$id/callback", [], ['message' => 5], $secret));
	}

	/**
	 * @return array<string, mixed>
	 */
	private function envelope(DataResponse $response): array {
		return ['ocs' => ['meta' => ['status' => 'ok', 'statuscode' => 200, 'message' => 'OK'], 'data' => $response->getData()]];
	}
}
