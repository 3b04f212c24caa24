<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Contract;

use InvalidArgumentException;
use OCA\VideoVerification\Tests\Contract\OpenApiDocument;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use PHPUnit\Framework\TestCase;

final class OpenApiDocumentTest extends TestCase {
	private string $scratchFile = '';

	protected function tearDown(): void {
		if ($this->scratchFile !== '' && is_file($this->scratchFile)) {
			unlink($this->scratchFile);
		}
	}

	public function testSpecIsParsedOncePerProcess(): void {
		$file = SpecsDirectory::locate() . '/spreed-openapi.json';

		self::assertSame(OpenApiDocument::load($file), OpenApiDocument::load($file));
	}

	public function testLiteralSegmentWinsOverPlaceholder(): void {
		$spreed = OpenApiDocument::load(SpecsDirectory::locate() . '/spreed-openapi.json');

		self::assertSame(
			['template' => '/ocs/v2.php/apps/spreed/api/{apiVersion}/chat/{token}/share', 'params' => ['apiVersion' => 'v1', 'token' => 'k7m2p9qx']],
			$spreed->matchPath('/ocs/v2.php/apps/spreed/api/v1/chat/k7m2p9qx/share'),
		);
		self::assertSame(
			['template' => '/ocs/v2.php/apps/spreed/api/{apiVersion}/chat/{token}/{messageId}', 'params' => ['apiVersion' => 'v1', 'token' => 'k7m2p9qx', 'messageId' => '101']],
			$spreed->matchPath('/ocs/v2.php/apps/spreed/api/v1/chat/k7m2p9qx/101'),
		);
	}

	public function testPathParametersAreUrlDecodedAndDoNotSpanSegments(): void {
		$filesSharing = OpenApiDocument::load(SpecsDirectory::locate() . '/files_sharing-openapi.json');

		self::assertSame('ocinternal:12', $filesSharing->matchPath('/ocs/v2.php/apps/files_sharing/api/v1/shares/ocinternal%3A12')['params']['id'] ?? null);
		self::assertNull($filesSharing->matchPath('/ocs/v2.php/apps/files_sharing/api/v1/shares/12/extra/more'));
	}

	public function testMissingFileIsAClearError(): void {
		$this->expectException(InvalidArgumentException::class);
		$this->expectExceptionMessage('OpenAPI spec not found: /nonexistent/openapi.json');

		OpenApiDocument::load('/nonexistent/openapi.json');
	}

	public function testFileThatIsNoOpenApiDocumentIsAClearError(): void {
		$this->scratchFile = (string)tempnam(sys_get_temp_dir(), 'vv-spec');
		file_put_contents($this->scratchFile, '{"swagger": "2.0", "paths": {}}');

		$this->expectException(InvalidArgumentException::class);
		$this->expectExceptionMessage('Not an OpenAPI document: ' . $this->scratchFile);

		OpenApiDocument::load($this->scratchFile);
	}

	public function testChangedFileIsParsedAgain(): void {
		$this->scratchFile = (string)tempnam(sys_get_temp_dir(), 'vv-spec');
		file_put_contents($this->scratchFile, '{"openapi": "3.0.3", "paths": {"/a": {}}}');
		$first = OpenApiDocument::load($this->scratchFile);

		file_put_contents($this->scratchFile, '{"openapi": "3.0.3", "paths": {"/a": {}, "/bb": {}}}');

		self::assertNotSame($first, OpenApiDocument::load($this->scratchFile));
		self::assertNotNull(OpenApiDocument::load($this->scratchFile)->matchPath('/bb'));
	}
}
