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

final class OpenApiValidatorRequestTest extends TestCase {
	private const OCS = ['OCS-APIRequest' => 'true'];
	private const PUBLIC_SHARE_AUTH = '/ocs/v2.php/apps/spreed/api/v1/publicshareauth';
	private const SHARE_12 = '/ocs/v2.php/apps/files_sharing/api/v1/shares/12';
	private const JOIN_ROOM = '/ocs/v2.php/apps/spreed/api/v4/room/k7m2p9qx/participants/active';

	private OpenApiValidator $validator;

	protected function setUp(): void {
		$this->validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate());
	}

	public function testPublicShareAuthWithShareTokenInJsonBodyIsValid(): void {
		self::assertSame([], $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], ['shareToken' => 'Hq2sX7k9bQ'], self::OCS));
	}

	public function testBodyParameterMayComeFromTheQueryString(): void {
		self::assertSame([], $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, ['shareToken' => 'Hq2sX7k9bQ'], null, self::OCS));
	}

	public function testMissingRequiredBodyPropertyIsNamed(): void {
		$violations = $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], [], self::OCS);

		self::assertCount(1, $violations);
		self::assertStringContainsString('POST ' . self::PUBLIC_SHARE_AUTH . ': /body/shareToken: required property is missing', $violations[0]);
	}

	public function testJsonBodyValuesAreNotCoerced(): void {
		$violations = $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], ['shareToken' => 12345], self::OCS);

		self::assertCount(1, $violations);
		self::assertStringContainsString('/body/shareToken: expected string, got integer 12345', $violations[0]);
	}

	public function testJsonStringForAnIntegerParameterIsCastLikeTheDispatcherDoes(): void {
		self::assertSame([], $this->validator->validateRequest('PUT', self::SHARE_12, [], ['permissions' => '17'], self::OCS));

		$violations = $this->validator->validateRequest('PUT', self::SHARE_12, [], ['permissions' => 'all'], self::OCS);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/body/permissions: expected integer', $violations[0]);
	}

	public function testMissingOcsApiRequestHeaderIsAViolation(): void {
		$violations = $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], ['shareToken' => 'Hq2sX7k9bQ']);

		self::assertCount(1, $violations);
		self::assertStringContainsString('/header/OCS-APIRequest: required parameter is missing', $violations[0]);
	}

	public function testRequestTokenOrBearerTokenStandsInForOcsApiRequest(): void {
		self::assertSame([], $this->validator->validateRequest('GET', self::SHARE_12, [], null, ['requesttoken' => 'kq1Bz+x/abc=']));
		self::assertSame([], $this->validator->validateRequest('GET', self::SHARE_12, [], null, ['Authorization' => 'Bearer 8f3a']));

		$violations = $this->validator->validateRequest('GET', self::SHARE_12, [], null, ['requesttoken' => '', 'Authorization' => 'Basic YWxpY2U6eA==']);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/header/OCS-APIRequest: required parameter is missing', $violations[0]);
	}

	public function testHeaderNamesAreCaseInsensitive(): void {
		self::assertSame([], $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], ['shareToken' => 'x'], ['ocs-apirequest' => ['true']]));
	}

	public function testPathParameterOutsideItsEnumIsNamed(): void {
		$violations = $this->validator->validateRequest('POST', '/ocs/v2.php/apps/spreed/api/v4/publicshareauth', [], ['shareToken' => 'x'], self::OCS);

		self::assertCount(1, $violations);
		self::assertStringContainsString('/path/apiVersion: value "v4" is not one of ["v1"]', $violations[0]);
	}

	public function testPathParameterPatternIsEnforced(): void {
		$violations = $this->validator->validateRequest('POST', '/ocs/v2.php/apps/spreed/api/v4/room/ABC/participants/active', [], null, self::OCS);

		self::assertCount(1, $violations);
		self::assertStringContainsString('/path/token: "ABC" does not match the pattern ^[a-z0-9]{4,30}$', $violations[0]);
	}

	public function testJoinRoomWithOptionalBodyIsValid(): void {
		self::assertSame([], $this->validator->validateRequest('POST', self::JOIN_ROOM, [], ['password' => '', 'force' => true], self::OCS));
		self::assertSame([], $this->validator->validateRequest('POST', self::JOIN_ROOM, [], null, self::OCS));
	}

	public function testBooleanFromQueryStringIsCoerced(): void {
		self::assertSame([], $this->validator->validateRequest('POST', self::JOIN_ROOM, ['force' => 'false'], null, self::OCS));

		$violations = $this->validator->validateRequest('POST', self::JOIN_ROOM, ['force' => 'yes'], null, self::OCS);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/query/force: expected boolean, got string "yes"', $violations[0]);
	}

	public function testUpdateShareWithSendPasswordByTalkIsValidFromJsonOrQuery(): void {
		$fields = ['password' => 'Correct-Horse-7', 'sendPasswordByTalk' => 'true'];

		self::assertSame([], $this->validator->validateRequest('PUT', self::SHARE_12, [], $fields, self::OCS));
		self::assertSame([], $this->validator->validateRequest('PUT', self::SHARE_12, $fields, null, self::OCS));
	}

	public function testUpdateShareWithJsonBooleanForAStringParameterIsAViolation(): void {
		// files_sharing compares `$sendPasswordByTalk === 'true'`: a JSON true would be ignored.
		$violations = $this->validator->validateRequest('PUT', self::SHARE_12, [], ['sendPasswordByTalk' => true], self::OCS);

		self::assertCount(1, $violations);
		self::assertStringContainsString('PUT ' . self::SHARE_12 . ': /body/sendPasswordByTalk: expected string, got boolean true', $violations[0]);
		self::assertStringContainsString('(schema #/paths/~1ocs~1v2.php~1apps~1files_sharing~1api~1v1~1shares~1{id}/put/parameters/2/schema/type)', $violations[0]);
	}

	public function testIntegerQueryParameterIsCoercedAndCheckedAsInteger(): void {
		self::assertSame([], $this->validator->validateRequest('PUT', self::SHARE_12, ['permissions' => '17'], null, self::OCS));

		$violations = $this->validator->validateRequest('PUT', self::SHARE_12, ['permissions' => '17.5'], null, self::OCS);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/query/permissions: expected integer (int64), got string "17.5"', $violations[0]);
	}

	public function testNullableQueryParameterAcceptsJsonNull(): void {
		self::assertSame([], $this->validator->validateRequest('PUT', self::SHARE_12, [], ['password' => null], self::OCS));
	}

	public function testUndeclaredParameterIsAViolation(): void {
		$violations = $this->validator->validateRequest('PUT', self::SHARE_12, ['sendPasswordbyTalk' => 'true'], ['passwd' => 'x'], self::OCS);

		self::assertSame([
			'PUT ' . self::SHARE_12 . ': /query/sendPasswordbyTalk: parameter is not declared by the operation',
			'PUT ' . self::SHARE_12 . ': /body/passwd: property is not declared by the operation',
		], $violations);
	}

	public function testOcsFormatParameterIsAccepted(): void {
		self::assertSame([], $this->validator->validateRequest('GET', self::SHARE_12 . '?format=json', [], null, self::OCS));
	}

	public function testQueryStringInThePathIsValidated(): void {
		$violations = $this->validator->validateRequest('GET', '/ocs/v2.php/apps/spreed/api/v3/signaling/settings?token=k7m2p9qx&limit=3', [], null, self::OCS);

		self::assertSame(['GET /ocs/v2.php/apps/spreed/api/v3/signaling/settings: /query/limit: parameter is not declared by the operation'], $violations);
	}

	public function testQueryArraysAndOneOfAreCoerced(): void {
		$sharees = '/ocs/v2.php/apps/files_sharing/api/v1/sharees';

		self::assertSame([], $this->validator->validateRequest('GET', $sharees, ['search' => 'bob', 'shareType' => ['0', '4']], null, self::OCS));
		self::assertSame([], $this->validator->validateRequest('GET', $sharees . '?search=bob&shareType=4', [], null, self::OCS));

		$violations = $this->validator->validateRequest('GET', $sharees, ['shareType' => ['0', 'mail']], null, self::OCS);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/query/shareType: value matches none of oneOf', $violations[0]);
	}

	public function testIntegerRangeInBodyIsEnforced(): void {
		$call = '/ocs/v2.php/apps/spreed/api/v4/call/k7m2p9qx';

		self::assertSame([], $this->validator->validateRequest('POST', $call, [], ['flags' => 7, 'silent' => false], self::OCS));
		self::assertSame([], $this->validator->validateRequest('POST', $call, [], ['flags' => null], self::OCS));

		$violations = $this->validator->validateRequest('POST', $call, [], ['flags' => 16], self::OCS);
		self::assertCount(1, $violations);
		self::assertStringContainsString('/body/flags: 16 is above the maximum 15', $violations[0]);
	}

	public function testUnknownPathIsAViolation(): void {
		$violations = $this->validator->validateRequest('GET', '/ocs/v2.php/apps/files_sharing/api/v1/nope', [], null, self::OCS);

		self::assertCount(1, $violations);
		self::assertStringContainsString('GET /ocs/v2.php/apps/files_sharing/api/v1/nope: path is not declared in any spec', $violations[0]);
	}

	public function testUndeclaredMethodIsAViolation(): void {
		$violations = $this->validator->validateRequest('PATCH', self::SHARE_12, [], null, self::OCS);

		self::assertSame(['PATCH ' . self::SHARE_12 . ': method not declared for /ocs/v2.php/apps/files_sharing/api/v1/shares/{id} in files_sharing-openapi.json (declared: GET, PUT, DELETE)'], $violations);
	}

	public function testBodyThatIsNoObjectIsAViolation(): void {
		self::assertSame(
			['POST ' . self::PUBLIC_SHARE_AUTH . ': /body: expected a JSON object, got array'],
			$this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], ['Hq2sX7k9bQ'], self::OCS),
		);
	}

	public function testStdClassBodyIsAccepted(): void {
		$body = json_decode('{"shareToken":"Hq2sX7k9bQ"}');

		self::assertSame([], $this->validator->validateRequest('POST', self::PUBLIC_SHARE_AUTH, [], $body, self::OCS));
	}
}
