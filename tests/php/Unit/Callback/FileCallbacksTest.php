<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Callback;

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use OCA\VideoVerification\Tests\Unit\Security\DemoApp;
use OCA\VideoVerification\Tests\Unit\Security\DemoAnswer;
use OCA\VideoVerification\Tests\Unit\Security\OurRoutes;
use PHPUnit\Framework\TestCase;

/**
 * `GET /api/v1/files/{fileId}/callbacks`: the sharer's Sharing tab sees who asked to be called
 * back, when, with what message, and whether their page is still open; nobody else does.
 * Through the demo host in this process, answers checked against openapi.json.
 */
class FileCallbacksTest extends TestCase {
	private const REQUESTS = OurRoutes::OCS_PREFIX . '/api/v1/requests';
	private const CALLBACKS = OurRoutes::OCS_PREFIX . '/api/v1/files/%s/callbacks';

	private DemoApp $app;
	private static ?OpenApiValidator $validator = null;

	protected function setUp(): void {
		parent::setUp();
		$this->app = new DemoApp();
		$this->app->login('alice', 'alice');
		$this->app->login('bob', 'bob');
	}

	protected function tearDown(): void {
		$this->app->cleanUp();
		parent::tearDown();
	}

	public function testTheSharerSeesWhoAskedWhenAndTheirMessage(): void {
		$this->assertSame([], $this->callbacks('alice', '101')->data(), 'nobody asked yet');
		$first = $this->unansweredRequest('Carol Cole');
		$second = $this->unansweredRequest('Dan <b>Doe</b>');
		$this->ask($first, 'Please call me after 3 pm');
		$this->ask($second, null);

		$answer = $this->callbacks('alice', '101');

		$this->assertSame(200, $answer->status);
		$this->assertCount(2, $answer->data());
		[$newest, $oldest] = $answer->data();
		$this->assertSame(['requestId' => $second['requestId'], 'shareId' => '1', 'requesterName' => 'Dan <b>Doe</b>', 'state' => 'callbackRequested', 'message' => '', 'calledBackAt' => null, 'pageOpen' => true, 'shareDeleted' => false], array_diff_key($newest, ['requestedAt' => 1]));
		$this->assertSame('Please call me after 3 pm', $oldest['message']);
		$this->assertEqualsWithDelta(time(), $oldest['requestedAt'], 5);
	}

	public function testAPageThatStoppedPollingIsNotOpenAndCallingBackShows(): void {
		$request = $this->unansweredRequest('Carol Cole');
		$this->ask($request, 'hello');
		$this->app->db()->prepare('UPDATE oc_vv_requests SET callback_polled_at = callback_polled_at - 31 WHERE request_id = ?')->execute([$request['requestId']]);

		$this->assertFalse($this->callbacks('alice', '101')->data()[0]['pageOpen']);

		$this->assertSame(200, $this->app->send('alice', 'POST', self::REQUESTS . '/' . $request['requestId'] . '/call-back')->status);
		$callingBack = $this->callbacks('alice', '101')->data()[0];
		$this->assertSame('callingBack', $callingBack['state']);
		$this->assertIsInt($callingBack['calledBackAt']);
	}

	public function testNobodyElseSeesThemAndBadFileIdsAreRefused(): void {
		$this->ask($this->unansweredRequest('Carol Cole'), 'secret message');

		$this->assertSame([], $this->callbacks('bob', '101')->data(), 'bob may not edit alice\'s share');
		$this->assertSame([], $this->callbacks('alice', '102')->data(), 'another file');
		foreach (['0', '-1', 'abc', '101abc', '12345678901234567890'] as $bad) {
			$answer = $this->callbacks('alice', $bad);
			$this->assertSame(400, $answer->status, $bad);
			$this->assertSame('invalid_body', $answer->data()['error']);
		}
		$anonymous = $this->app->send('stranger', 'GET', sprintf(self::CALLBACKS, '101'));
		$this->assertSame(401, $anonymous->status);
		$this->assertStringNotContainsString('secret message', (string)$anonymous->body);
	}

	/**
	 * @return array{requestId: string, secret: string}
	 */
	private function unansweredRequest(string $name): array {
		$this->app->send('alice', 'PUT', OurRoutes::OCS_PREFIX . '/api/v1/shares/1', ['enabled' => true, 'mode' => 'approve']);
		$created = $this->app->send('recipient-' . $name, 'POST', self::REQUESTS, ['shareToken' => 'DemoContract001', 'displayName' => $name])->data();
		$this->app->send('recipient-' . $name, 'DELETE', self::REQUESTS . '/' . $created['requestId'], null, ['x-request-secret' => $created['secret']]);
		$this->app->db()->prepare('UPDATE oc_vv_requests SET created_at = created_at - 120 WHERE request_id = ?')->execute([$created['requestId']]);
		return ['requestId' => $created['requestId'], 'secret' => $created['secret'], 'browser' => 'recipient-' . $name];
	}

	/**
	 * @param array{requestId: string, secret: string, browser: string} $request
	 */
	private function ask(array $request, ?string $message): void {
		$answer = $this->app->send($request['browser'], 'POST', self::REQUESTS . '/' . $request['requestId'] . '/callback', $message === null ? [] : ['message' => $message], ['x-request-secret' => $request['secret']]);
		$this->assertSame(201, $answer->status, $answer->describe());
	}

	private function callbacks(string $browser, string $fileId): DemoAnswer {
		$path = sprintf(self::CALLBACKS, $fileId);
		$answer = $this->app->send($browser, 'GET', $path);
		self::$validator ??= OpenApiValidator::forSpecsDir(SpecsDirectory::locate());
		$this->assertSame([], self::$validator->validateResponse('GET', $path, $answer->status, $answer->json), 'openapi.json');
		return $answer;
	}
}
