<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Contract;

use InvalidArgumentException;
use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use PHPUnit\Framework\TestCase;

final class OpenApiValidatorSpecsDirTest extends TestCase {
	private const OCS = ['OCS-APIRequest' => 'true'];
	private const APP_SPEC = __DIR__ . '/fixtures/app-openapi.json';

	public function testPicksTheSpecThatDeclaresThePath(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate(), self::APP_SPEC);

		self::assertSame([], $validator->validateRequest('GET', '/ocs/v2.php/apps/files_sharing/api/v1/shares/12', [], null, self::OCS));
		self::assertSame([], $validator->validateRequest('POST', '/ocs/v2.php/apps/spreed/api/v1/publicshareauth', [], ['shareToken' => 't'], self::OCS));
		self::assertSame([], $validator->validateRequest('GET', '/ocs/v2.php/apps/video_verification/api/v1/shares/12', [], null, self::OCS));
		self::assertSame([], $validator->validateResponse('GET', '/ocs/v2.php/apps/video_verification/api/v1/shares/12', 200, ['ocs' => ['meta' => ['status' => 'ok', 'statuscode' => 200], 'data' => ['enabled' => true]]]));
	}

	public function testAppSpecViolationsAreReported(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate(), self::APP_SPEC);

		$violations = $validator->validateRequest('GET', '/ocs/v2.php/apps/video_verification/api/v1/shares/0', [], null, self::OCS);

		self::assertSame(['GET /ocs/v2.php/apps/video_verification/api/v1/shares/0: /path/shareId: 0 is below the minimum 1 (schema #/paths/~1ocs~1v2.php~1apps~1video_verification~1api~1v1~1shares~1{shareId}/get/parameters/0/schema/minimum)'], $violations);
	}

	public function testBackendSignalingSpecIsLoadedToo(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate(), self::APP_SPEC);

		self::assertSame([], $validator->validateRequest('POST', '/ocs/v2.php/apps/spreed/api/v3/signaling/backend', [], null, self::OCS));
	}

	public function testWithoutAppSpecItsPathsAreViolations(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate(), '/nonexistent/openapi.json');

		self::assertSame(
			['GET /ocs/v2.php/apps/video_verification/api/v1/shares/12: path is not declared in any spec (searched: none for app video_verification)'],
			$validator->validateRequest('GET', '/ocs/v2.php/apps/video_verification/api/v1/shares/12', [], null, self::OCS),
		);
	}

	public function testUrlsOutsideAnAppAreSearchedInEverySpec(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate(), self::APP_SPEC);

		self::assertSame([], $validator->validateResponse('GET', '/index.php/s/Hq2sX7k9bQ/preview', 200, null));
		self::assertSame(
			['GET /index.php/s/Hq2sX7k9bQ/nope → 200: path is not declared in any spec (searched: files_sharing-openapi.json, spreed-openapi-backend-signaling.json, spreed-openapi.json, app-openapi.json)'],
			$validator->validateResponse('GET', '/index.php/s/Hq2sX7k9bQ/nope', 200, null),
		);
	}

	public function testOnlyTheSpecsOfTheNamedAppAreSearched(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate(), self::APP_SPEC);

		self::assertSame(
			['GET /ocs/v2.php/apps/spreed/api/v1/shares/12: path is not declared in any spec (searched: spreed-openapi-backend-signaling.json, spreed-openapi.json)'],
			$validator->validateRequest('GET', '/ocs/v2.php/apps/spreed/api/v1/shares/12', [], null, self::OCS),
		);
	}

	public function testMissingSpecFileIsAClearError(): void {
		$this->expectException(InvalidArgumentException::class);
		$this->expectExceptionMessage('OpenAPI spec not found: /nonexistent/spreed-openapi.json');

		new OpenApiValidator('/nonexistent/spreed-openapi.json');
	}

	public function testEmptyDirectoryIsAClearError(): void {
		$this->expectException(InvalidArgumentException::class);
		$this->expectExceptionMessage('No OpenAPI specs found in /nonexistent');

		OpenApiValidator::forSpecsDir('/nonexistent', '/nonexistent/openapi.json');
	}
}
