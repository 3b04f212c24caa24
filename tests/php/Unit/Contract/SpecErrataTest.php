<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Contract;

use InvalidArgumentException;
use OCA\VideoVerification\Tests\Contract\OpenApiDocument;
use OCA\VideoVerification\Tests\Contract\SchemaValidator;
use OCA\VideoVerification\Tests\Contract\SpecErrata;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use PHPUnit\Framework\TestCase;

final class SpecErrataTest extends TestCase {
	private const TURN_SERVER = '#/components/schemas/SignalingSettings/properties/turnservers/items';

	public function testTalksTurnCredentialIsCheckedAsTheStringTalkSends(): void {
		[$schemas, $turnServer] = $this->turnServerSchema();
		$server = ['urls' => ['turn:127.0.0.1:3478?transport=udp'], 'username' => '1765152000:abc', 'credential' => 'c2VjcmV0IGhtYWM='];

		self::assertSame([], $schemas->validate($server, $turnServer, '/turnservers/0', self::TURN_SERVER));
	}

	public function testAnythingButAStringCredentialIsStillAViolation(): void {
		[$schemas, $turnServer] = $this->turnServerSchema();

		foreach ([['k' => 'v'], 42, null] as $credential) {
			$server = ['urls' => ['turn:127.0.0.1:3478'], 'username' => 'u', 'credential' => $credential];
			self::assertNotSame([], $schemas->validate($server, $turnServer, '/turnservers/0', self::TURN_SERVER), json_encode($credential) . ' passed');
		}
	}

	public function testOnlyTheNamedFieldIsCorrected(): void {
		[$schemas, $turnServer] = $this->turnServerSchema();

		self::assertNotSame([], $schemas->validate(['urls' => ['turn:h'], 'username' => 7, 'credential' => 'c'], $turnServer, '/turnservers/0', self::TURN_SERVER));
		self::assertSame(['spreed-openapi.json'], array_values(array_unique(array_column(SpecErrata::all(), 'spec'))));
		self::assertCount(1, SpecErrata::all());
	}

	public function testAnErratumTheSpecNoLongerMatchesIsAnError(): void {
		$spec = json_decode((string)file_get_contents(SpecsDirectory::locate() . '/spreed-openapi.json'), true);
		$spec['components']['schemas']['SignalingSettings']['properties']['turnservers']['items']['properties']['credential'] = ['type' => 'string'];

		$this->expectException(InvalidArgumentException::class);
		$this->expectExceptionMessage('is no longer {"type":"object"}');
		SpecErrata::apply('spreed-openapi.json', $spec);
	}

	public function testAnErratumWhosePointerIsGoneIsAnError(): void {
		$spec = json_decode((string)file_get_contents(SpecsDirectory::locate() . '/spreed-openapi.json'), true);
		unset($spec['components']['schemas']['SignalingSettings']);

		$this->expectException(InvalidArgumentException::class);
		$this->expectExceptionMessage('is not in the spec any more');
		SpecErrata::apply('spreed-openapi.json', $spec);
	}

	public function testOtherSpecsAreLeftAsTheyAre(): void {
		$spec = ['openapi' => '3.0.3', 'paths' => [], 'components' => ['schemas' => ['X' => ['type' => 'object']]]];

		self::assertSame($spec, SpecErrata::apply('files_sharing-openapi.json', $spec));
	}

	/**
	 * @return array{SchemaValidator, array<string, mixed>}
	 */
	private function turnServerSchema(): array {
		$document = OpenApiDocument::load(SpecsDirectory::locate() . '/spreed-openapi.json');
		return [new SchemaValidator($document), $document->target(self::TURN_SERVER)];
	}
}
