<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Demo;

use OCA\VideoVerification\Demo\AppFramework\OcsFormatter;
use PHPUnit\Framework\TestCase;

class OcsFormatterTest extends TestCase {
	public function testV2PassesTheStatusThrough(): void {
		$response = (new OcsFormatter())->format(2, 'json', 404, [], 'Wrong share ID');

		$this->assertSame(404, $response->status);
		$this->assertSame(['ocs' => ['meta' => ['status' => 'failure', 'statuscode' => 404, 'message' => 'Wrong share ID'], 'data' => []]], json_decode($response->body, true));
	}

	public function testV2Success(): void {
		$response = (new OcsFormatter())->format(2, 'json', 200, ['a' => 1], null);

		$this->assertSame(200, $response->status);
		$this->assertSame(['status' => 'ok', 'statuscode' => 200, 'message' => 'OK'], json_decode($response->body, true)['ocs']['meta']);
	}

	public function testV1AnswersHttp200AndStatuscode100OnSuccess(): void {
		$response = (new OcsFormatter())->format(1, 'json', 200, [], null);

		$this->assertSame(200, $response->status);
		$this->assertSame(['status' => 'ok', 'statuscode' => 100, 'message' => 'OK', 'totalitems' => '', 'itemsperpage' => ''], json_decode($response->body, true)['ocs']['meta']);
	}

	public function testV1AnswersHttp200ForErrorsButKeepsTheStatusInMeta(): void {
		$response = (new OcsFormatter())->format(1, 'json', 400, [], 'Failed to update share.');

		$this->assertSame(200, $response->status);
		$this->assertSame(400, json_decode($response->body, true)['ocs']['meta']['statuscode']);
	}

	public function testUnauthorisedIs401InBothVersions(): void {
		$this->assertSame(401, (new OcsFormatter())->format(1, 'json', OcsFormatter::RESPOND_UNAUTHORISED, [], '')->status);
		$this->assertSame(401, (new OcsFormatter())->format(2, 'json', OcsFormatter::RESPOND_UNAUTHORISED, [], '')->status);
	}

	public function testNoContentHasNoBody(): void {
		$this->assertSame('', (new OcsFormatter())->format(2, 'json', 204, null, null)->body);
	}

	public function testXmlUnlessJsonIsAsked(): void {
		$this->assertSame('xml', OcsFormatter::negotiate(null, 'text/html'));
		$this->assertSame('json', OcsFormatter::negotiate(null, 'application/json, text/plain'));
		$this->assertSame('json', OcsFormatter::negotiate('json', ''));
		$this->assertStringContainsString('<statuscode>200</statuscode>', (new OcsFormatter())->format(2, 'xml', 200, [], null)->body);
	}
}
