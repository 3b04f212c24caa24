<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\PublicPage;
use PHPUnit\Framework\TestCase;

/**
 * Who may call each operation of ours, through the demo host's security checks: nobody
 * without a login where one is needed, nobody from another site (CSRF), and nobody else's
 * data for bob. Every operation of openapi*.json is covered; the valid request of each is
 * the one OperationBaselines makes, sent by someone else or without the CSRF proof.
 */
class AccessTest extends TestCase {
	use OperationBaselines;

	public static function operations(): array {
		$cases = [];
		foreach (OurRoutes::openApiOperations() as $key => $operation) {
			$cases[$operation['operationId']] = [$key];
		}
		return $cases;
	}

	/**
	 * @dataProvider operations
	 */
	public function testWithoutOcsHeaderOrRequestTokenNothingHappens(string $key): void {
		$operation = OurRoutes::openApiOperations()[$key];
		$request = $this->startFromBaseline($operation);
		$before = $this->app->snapshot();

		$answer = $this->app->send($request['browser'], $operation['verb'], $this->url($operation['path'], $request['path'] ?? []), $request['body'] ?? null,
			['ocs-apirequest' => null] + ($request['headers'] ?? []));

		if (OurRoutes::method($key)->getAttributes(NoCSRFRequired::class) !== []) {
			$this->markTestSkipped("$key has #[NoCSRFRequired] (allowed by RouteSecurityTest::CSRF_EXEMPT_OPERATIONS)");
		}
		$this->assertSame(412, $answer->status, 'CSRF check failed: ' . $answer->describe());
		$this->assertEquals($before, $this->app->snapshot());
	}

	/**
	 * @dataProvider operations
	 */
	public function testWithoutALoginNothingHappensUnlessPublic(string $key): void {
		$operation = OurRoutes::openApiOperations()[$key];
		$request = $this->startFromBaseline($operation);
		$before = $this->app->snapshot();

		$answer = $this->app->send('nobody-' . bin2hex(random_bytes(3)), $operation['verb'], $this->url($operation['path'], $request['path'] ?? []), $request['body'] ?? null, $request['headers'] ?? []);

		if (OurRoutes::method($key)->getAttributes(PublicPage::class) !== []) {
			// a public route's own rules: the request ids of another browser are unknown here
			$this->assertNotSame(500, $answer->status);
			return;
		}
		$this->assertSame(401, $answer->status, $answer->describe());
		$this->assertEquals($before, $this->app->snapshot());
	}

	/**
	 * Bob is logged in and sends alice's valid request (her share ids, her request's ids and
	 * secret, from his own browser session).
	 *
	 * @dataProvider operations
	 */
	public function testBobGetsNothingOfAlices(string $key): void {
		$operation = OurRoutes::openApiOperations()[$key];
		$method = OurRoutes::method($key);
		if (!str_contains($operation['path'], '{') && $method->getAttributes(NoAdminRequired::class) !== [] && $method->getAttributes(PublicPage::class) === []) {
			$this->markTestSkipped("$key acts on the caller's own data (no id in its path): bob reads and writes his own");
		}
		$request = $this->startFromBaseline($operation);
		$alice = $this->app->send($request['browser'], $operation['verb'], $this->url($operation['path'], $request['path'] ?? []), $request['body'] ?? null, $request['headers'] ?? []);
		$this->app = new DemoApp(true, self::$baselines[$operation['operationId']]['state']);
		$this->app->login('bob', 'bob');
		$before = $this->app->snapshot();

		$answer = $this->app->send('bob', $operation['verb'], $this->url($operation['path'], $request['path'] ?? []), $request['body'] ?? null, $request['headers'] ?? []);

		if ($operation['verb'] === 'POST' && ($request['path'] ?? []) === [] && OurRoutes::method($key)->getAttributes(PublicPage::class) !== []) {
			// creating: anyone with the share link may ask; bob gets his own request, not alice's data
			$this->assertSame($alice->status, $answer->status);
			return;
		}
		$this->assertTrue($alice->isSuccess(), 'the baseline works for its owner: ' . $alice->describe());
		if ($operation['verb'] === 'GET' && $answer->status === 200 && is_array($alice->data()) && array_is_list($alice->data())) {
			// a listing filtered by who asks: bob's is empty
			$this->assertSame([], $answer->data(), 'bob lists nothing of alice\'s');
		} else {
			$this->assertContains($answer->status, [401, 403, 404], 'bob: ' . $answer->describe());
		}
		$this->assertEquals($before, $this->app->snapshot(), 'bob changed nothing');
		foreach ($this->identifyingValues($alice->data()) as $value) {
			$this->assertStringNotContainsString($value, (string)$answer->body, 'nothing of alice\'s answer reaches bob');
		}
	}

	/**
	 * @return list<string> the longer strings of an answer (ids, codes, names), not its flags
	 */
	private function identifyingValues(mixed $data): array {
		$values = [];
		array_walk_recursive($data, static function (mixed $value) use (&$values): void {
			if (is_string($value) && strlen($value) >= 5) {
				$values[] = $value;
			}
		});
		return $values;
	}
}
