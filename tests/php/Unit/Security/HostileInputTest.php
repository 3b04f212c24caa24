<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Security;

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCP\AppFramework\Http\Attribute\PublicPage;
use PHPUnit\Framework\TestCase;

/**
 * Every operation of our OpenAPI documents, called through the demo host with hostile
 * input: SQL, path and markup characters, Unicode tricks and oversized values in its path
 * parameters and headers, wrong types and oversized values in each body field, and bodies
 * that are no JSON object. Each must answer 4xx with `{error, message}` (as the spec
 * declares it), change no row of any table, and, on a public route, count as a
 * brute-force attempt. Values that are valid text (markup or Unicode in a name) may also
 * be accepted, but never answer 5xx.
 *
 * The cases come from openapi*.json, so an operation added later is attacked without being
 * named here; give it a valid request in OperationBaselines::validRequests() to attack it past its first checks.
 */
class HostileInputTest extends TestCase {
	use OperationBaselines;

	private const MEGABYTE = 1 << 20;

	private static ?OpenApiValidator $validator = null;

	/**
	 * @return array<string, string> URL and header values that are nobody's id or secret
	 */
	public static function hostileIdentifiers(): array {
		return [
			'SQL quote' => "1' OR '1'='1",
			'SQL statement' => '1; DROP TABLE oc_vv_requests; --',
			'LIKE wildcard' => '%',
			'LIKE single character' => '_',
			'glob' => '*',
			'path traversal' => '../../../../etc/passwd',
			'encoded traversal' => '..%2F..%2Fconfig%2Fconfig.php',
			'NUL byte' => "1\0",
			'markup' => '<script>alert(1)</script>',
			'Arabic-Indic digit' => "\u{0661}",
			'full-width digit' => "\u{FF11}",
			'negative' => '-1',
			'zero' => '0',
			'beyond 64 bits' => '99999999999999999999999999',
			'decimal' => '1.0',
			'hexadecimal' => '0x1',
			'leading space' => ' 1',
			'share provider prefix' => 'ocinternal:1',
			'right-to-left override' => "1\u{202E}",
			'5000 characters' => str_repeat('A', 5000),
		];
	}

	/**
	 * @return array<string, list<mixed>> JSON type => values of other types
	 */
	private static function wrongTypes(): array {
		return [
			'string' => [1, 1.5, true, false, [], ['Carol'], ['k' => 'v']],
			// "true" and "false" are how form-encoded bodies send a boolean, and accepted as such
			'boolean' => [1, 0, '1', 'on', '', 'yes', [], ['k' => 'v']],
			'integer' => ['1', 1.5, true, [], 'abc'],
		];
	}

	/**
	 * @return array<string, string> text a field of type string may accept as it is
	 */
	private static function hostileText(): array {
		return [
			'markup' => '<img src=x onerror=alert(1)> & "Co"',
			'SQL' => "Robert'); DROP TABLE oc_share;--",
			'path' => '../../etc/passwd',
			'emoji and combining marks' => "Zo\u{0065}\u{0301} \u{1F600}",
			'right-to-left override' => "Carol \u{202E}fdp.exe",
			'NUL' => "Carol\u{0000}",
			'zero-width joiner only' => "\u{200D}",
		];
	}

	public static function cases(): array {
		$cases = [];
		foreach (OurRoutes::openApiOperations() as $key => $operation) {
			$id = $operation['operationId'];
			foreach (OurRoutes::parameters($operation['operation'], 'path') as $parameter) {
				foreach (self::hostileIdentifiers() as $label => $value) {
					$cases["$id: path $parameter[name] $label"] = [$key, ['path' => [$parameter['name'] => $value]], true];
				}
			}
			foreach (OurRoutes::parameters($operation['operation'], 'header') as $parameter) {
				$name = strtolower((string)$parameter['name']);
				foreach (self::hostileIdentifiers() + ['empty' => ''] as $label => $value) {
					$cases["$id: header $parameter[name] $label"] = [$key, ['headers' => [$name => $value]], true];
				}
			}
			$required = $operation['operation']['requestBody']['content']['application/json']['schema']['required'] ?? [];
			foreach (OurRoutes::bodyProperties($operation['operation']) as $field => $schema) {
				$type = (string)($schema['type'] ?? '');
				foreach (self::wrongTypes()[$type] ?? [] as $index => $value) {
					$cases["$id: body $field as " . get_debug_type($value) . " #$index"] = [$key, ['body' => [$field => $value]], true];
				}
				if (in_array($field, $required, true)) {
					$cases["$id: body $field null"] = [$key, ['body' => [$field => null]], true];
					$cases["$id: body $field missing"] = [$key, ['remove' => $field], true];
				}
				if ($type === 'string') {
					$cases["$id: body $field of a megabyte"] = [$key, ['body' => [$field => str_repeat('A', self::MEGABYTE)]], true];
					foreach (self::hostileText() as $label => $value) {
						$cases["$id: body $field $label"] = [$key, ['body' => [$field => $value]], false];
					}
				}
			}
			// Nextcloud's IRequest drops a body that is not a JSON object: for an operation whose
			// body is optional (approve without a checklist) that is the same as sending none.
			if (($operation['operation']['requestBody']['required'] ?? false) === true) {
				foreach (['not JSON' => '{"enabled": tru', 'a JSON list' => '[true, "approve"]', 'a JSON string' => '"approve"', 'form fields sent as JSON' => 'enabled=1&mode=approve'] as $label => $raw) {
					$cases["$id: body is $label"] = [$key, ['raw' => $raw], true];
				}
			}
		}
		return $cases;
	}

	/**
	 * @dataProvider cases
	 * @param array{path?: array<string, string>, headers?: array<string, string>, body?: array<string, mixed>, remove?: string, raw?: string} $change
	 */
	public function testHostileInputIsRefusedAndChangesNothing(string $key, array $change, bool $mustFail): void {
		$operation = OurRoutes::openApiOperations()[$key];
		$request = $this->startFromBaseline($operation);
		$request['path'] = array_merge($request['path'] ?? [], $change['path'] ?? []);
		$request['headers'] = array_merge($request['headers'] ?? [], $change['headers'] ?? []);
		$body = array_merge($request['body'] ?? [], $change['body'] ?? []);
		unset($body[$change['remove'] ?? '']);
		$body = $change['raw'] ?? ($body === [] && !isset($operation['operation']['requestBody']) ? null : $body);
		$before = $this->app->snapshot();

		$answer = $this->app->send($request['browser'], $operation['verb'], $this->url($operation['path'], $request['path']), $body, $request['headers']);

		$this->assertLessThan(500, $answer->status, $answer->describe());
		if ($mustFail) {
			$this->assertGreaterThanOrEqual(400, $answer->status, 'hostile input is refused: ' . $answer->describe());
		}
		$this->assertSame([], $this->violations($operation, $answer), 'the answer is one the spec declares');
		if ($answer->isSuccess()) {
			return;
		}
		$data = $answer->data();
		$this->assertIsArray($data, $answer->describe());
		$this->assertSame(['error', 'message'], array_keys($data), $answer->describe());
		$this->assertMatchesRegularExpression('/^[a-z_]+$/', $data['error']);
		$this->assertIsString($data['message']);
		$this->assertNotSame('', trim($data['message']));
		$after = $this->app->snapshot();
		if ($data['error'] === 'wrong_password') {
			// A wrong share password is counted on its request (the fifth closes it): that
			// counter, and nothing else, moves by one.
			$this->assertSame(
				array_sum(array_column($before['oc_vv_requests'], 'wrong_passwords')) + 1,
				array_sum(array_column($after['oc_vv_requests'], 'wrong_passwords')),
				$answer->describe(),
			);
			$uncounted = static fn (array $snapshot): array => ['oc_vv_requests' => array_map(static fn (array $row): array => ['wrong_passwords' => null] + $row, $snapshot['oc_vv_requests'])] + $snapshot;
			[$before, $after] = [$uncounted($before), $uncounted($after)];
		}
		$this->assertEquals($before, $after, 'a refused request changes nothing');
		if ($this->isPublic($key)) {
			$this->assertNotSame([], $answer->attempts);
			foreach ($answer->attempts as $action => $attempts) {
				$this->assertSame(1, $attempts, "a failure of a public route is a brute-force attempt ($action): " . $answer->describe());
			}
		}
	}

	public static function operations(): array {
		$cases = [];
		foreach (OurRoutes::openApiOperations() as $key => $operation) {
			$cases[$operation['operationId']] = [$key];
		}
		return $cases;
	}

	/**
	 * The baselines must work, or every hostile case would pass for the wrong reason.
	 *
	 * @dataProvider operations
	 */
	public function testTheValidRequestSucceeds(string $key): void {
		$operation = OurRoutes::openApiOperations()[$key];
		if (!isset(self::validRequests()[$operation['operationId']])) {
			$this->markTestIncomplete("$key has no valid request in OperationBaselines::validRequests(): only its first checks are attacked");
		}
		$request = $this->startFromBaseline($operation);

		$answer = $this->app->send($request['browser'], $operation['verb'], $this->url($operation['path'], $request['path'] ?? []), $request['body'] ?? null, $request['headers'] ?? []);

		$this->assertTrue($answer->isSuccess(), $answer->describe());
		$this->assertSame([], $this->violations($operation, $answer));
		foreach ($answer->attempts as $attempts) {
			$this->assertSame(0, $attempts, 'a success is no brute-force attempt');
		}
	}

	private function isPublic(string $key): bool {
		return OurRoutes::method($key)->getAttributes(PublicPage::class) !== [];
	}

	/**
	 * @param array{verb: string, path: string} $operation
	 * @return list<string>
	 */
	private function violations(array $operation, DemoAnswer $answer): array {
		self::$validator ??= new OpenApiValidator(...OurRoutes::openApiFiles());
		$concretePath = $operation['path'];
		return self::$validator->validateResponse($operation['verb'], $concretePath, $answer->status, $answer->json);
	}
}
