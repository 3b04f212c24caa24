<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Contract;

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use PHPUnit\Framework\TestCase;

final class OpenApiValidatorResponseTest extends TestCase {
	private const PUBLIC_SHARE_AUTH = '/ocs/v2.php/apps/spreed/api/v1/publicshareauth';
	private const SHARE_12 = '/ocs/v2.php/apps/files_sharing/api/v1/shares/12';
	private const JOIN_ROOM = '/ocs/v2.php/apps/spreed/api/v4/room/k7m2p9qx/participants/active';

	private OpenApiValidator $validator;

	protected function setUp(): void {
		$this->validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate());
	}

	public function testPublicShareAuthCreatedRoomIsValid(): void {
		$body = self::ocs(201, ['token' => 'k7m2p9qx', 'name' => 'bob@example.com', 'displayName' => 'bob@example.com']);

		self::assertSame([], $this->validator->validateResponse('POST', self::PUBLIC_SHARE_AUTH, 201, $body));
	}

	public function testMissingRequiredResponseFieldIsNamed(): void {
		$body = self::ocs(201, ['token' => 'k7m2p9qx', 'name' => 'bob@example.com']);

		$violations = $this->validator->validateResponse('POST', self::PUBLIC_SHARE_AUTH, 201, $body);

		self::assertCount(1, $violations);
		self::assertStringStartsWith('POST ' . self::PUBLIC_SHARE_AUTH . ' → 201: /ocs/data/displayName: required property is missing (schema #/paths/', $violations[0]);
	}

	public function testNullDataOfADeclaredErrorIsValid(): void {
		self::assertSame([], $this->validator->validateResponse('POST', self::PUBLIC_SHARE_AUTH, 404, self::ocs(404, null, 'failure')));
	}

	public function testUndeclaredStatusIsAViolation(): void {
		self::assertSame(
			['POST ' . self::PUBLIC_SHARE_AUTH . ' → 500: status 500 is not declared (declared: 201, 404)'],
			$this->validator->validateResponse('POST', self::PUBLIC_SHARE_AUTH, 500, self::ocs(500, null, 'failure')),
		);
	}

	public function testUnknownPathIsAViolation(): void {
		$violations = $this->validator->validateResponse('GET', '/ocs/v2.php/apps/spreed/api/v1/nope', 200, self::ocs(200, []));

		self::assertCount(1, $violations);
		self::assertStringContainsString('path is not declared in any spec', $violations[0]);
	}

	public function testFullRoomIsValidWithRefsAllOfAnyOfAndAdditionalProperties(): void {
		self::assertSame([], $this->validator->validateResponse('POST', self::JOIN_ROOM, 200, self::fixture('spreed-join-room-200.json')));
	}

	public function testWrongEnumValueIsNamed(): void {
		$body = self::fixture('spreed-join-room-200.json');
		$body['ocs']['data']['callRecording'] = 9;

		self::assertSame(
			['POST ' . self::JOIN_ROOM . ' → 200: /ocs/data/callRecording: value 9 is not one of [0,1,2,3,4,5] (schema #/components/schemas/Room/properties/callRecording/enum)'],
			$this->validator->validateResponse('POST', self::JOIN_ROOM, 200, $body),
		);
	}

	public function testWrongTypeIsNamed(): void {
		$body = self::fixture('spreed-join-room-200.json');
		$body['ocs']['data']['id'] = '17';
		$body['ocs']['data']['lastPing'] = 1.0;

		self::assertSame([
			'POST ' . self::JOIN_ROOM . ' → 200: /ocs/data/id: expected integer (int64), got string "17" (schema #/components/schemas/Room/properties/id/type)',
			'POST ' . self::JOIN_ROOM . ' → 200: /ocs/data/lastPing: expected integer (int64), got number 1.0 (schema #/components/schemas/Room/properties/lastPing/type)',
		], $this->validator->validateResponse('POST', self::JOIN_ROOM, 200, $body));
	}

	public function testNullableIsHonoured(): void {
		$body = self::fixture('spreed-join-room-200.json');
		$body['ocs']['data']['attendeePin'] = null;
		self::assertSame([], $this->validator->validateResponse('POST', self::JOIN_ROOM, 200, $body));

		$body['ocs']['data']['name'] = null;
		self::assertSame(
			['POST ' . self::JOIN_ROOM . ' → 200: /ocs/data/name: expected string, got null null (schema #/components/schemas/Room/properties/name/type)'],
			$this->validator->validateResponse('POST', self::JOIN_ROOM, 200, $body),
		);
	}

	public function testRefIsResolvedForTheOcsMeta(): void {
		$body = self::ocs(201, ['token' => 'k7m2p9qx', 'name' => 'n', 'displayName' => 'n']);
		unset($body['ocs']['meta']['statuscode']);

		self::assertSame(
			['POST ' . self::PUBLIC_SHARE_AUTH . ' → 201: /ocs/meta/statuscode: required property is missing (schema #/components/schemas/OCSMeta/required)'],
			$this->validator->validateResponse('POST', self::PUBLIC_SHARE_AUTH, 201, $body),
		);
	}

	public function testAnyOfFailureNamesThePointerAndTheBranchReasons(): void {
		$body = self::fixture('spreed-join-room-200.json');
		$body['ocs']['data']['lastMessage']['messageParameters']['file']['preview-available'] = 'maybe';

		$violations = $this->validator->validateResponse('POST', self::JOIN_ROOM, 200, $body);

		self::assertCount(1, $violations);
		self::assertStringContainsString('/ocs/data/lastMessage: value matches none of anyOf: /ocs/data/lastMessage/messageParameters/file/preview-available: value "maybe" is not one of ["yes","no"]', $violations[0]);
	}

	public function testUpdatedShareIsValidWithIntegerOrFloatSize(): void {
		$body = self::fixture('files_sharing-update-share-200.json');
		self::assertSame([], $this->validator->validateResponse('PUT', self::SHARE_12, 200, $body));

		$body['ocs']['data']['item_size'] = 4.8e9;
		self::assertSame([], $this->validator->validateResponse('PUT', self::SHARE_12, 200, $body));
	}

	public function testShareWithWrongItemTypeAndSizeIsNamed(): void {
		$body = self::fixture('files_sharing-update-share-200.json');
		$body['ocs']['data']['item_type'] = 'dir';
		$body['ocs']['data']['item_size'] = '48213';

		$violations = $this->validator->validateResponse('PUT', self::SHARE_12, 200, $body);

		self::assertCount(2, $violations);
		self::assertStringContainsString('/ocs/data/item_type: value "dir" is not one of ["file","folder"]', $violations[0]);
		self::assertStringContainsString('/ocs/data/item_size: value matches none of oneOf: /ocs/data/item_size: expected number (float), got string "48213"', $violations[1]);
	}

	public function testTextPlainErrorIsAcceptedAsOcsEnvelope(): void {
		self::assertSame([], $this->validator->validateResponse('PUT', self::SHARE_12, 404, self::ocs(404, [], 'failure', 'Wrong share ID, share does not exist')));
		self::assertSame([], $this->validator->validateResponse('PUT', self::SHARE_12, 404, 'Wrong share ID, share does not exist'));

		$violations = $this->validator->validateResponse('PUT', self::SHARE_12, 404, ['error' => 'not found']);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/ocs: required property is missing', $violations[0]);
	}

	public function testResponseDeclaredWithoutContentMustHaveNoBody(): void {
		$summarize = '/ocs/v2.php/apps/spreed/api/v1/chat/k7m2p9qx/summarize';

		self::assertSame([], $this->validator->validateResponse('POST', $summarize, 204, null));
		self::assertSame(
			["POST $summarize → 204: (root): the response declares no body, got object (schema #/paths/~1ocs~1v2.php~1apps~1spreed~1api~1{apiVersion}~1chat~1{token}~1summarize/post/responses/204)"],
			$this->validator->validateResponse('POST', $summarize, 204, self::ocs(204, null)),
		);
	}

	public function testBinaryResponseBodyIsNotChecked(): void {
		self::assertSame([], $this->validator->validateResponse('GET', '/index.php/apps/files_sharing/publicpreview/Hq2sX7k9bQ', 200, "\x89PNG\r\n"));
	}

	/**
	 * @return array<string, mixed>
	 */
	private static function ocs(int $status, mixed $data, string $metaStatus = 'ok', string $message = 'OK'): array {
		return ['ocs' => ['meta' => ['status' => $metaStatus, 'statuscode' => $status, 'message' => $message], 'data' => $data]];
	}

	/**
	 * @return array<string, mixed>
	 */
	private static function fixture(string $name): array {
		return json_decode((string)file_get_contents(__DIR__ . '/fixtures/' . $name), true, flags: JSON_THROW_ON_ERROR);
	}
}
