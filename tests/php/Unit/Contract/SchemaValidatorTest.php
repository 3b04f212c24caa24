<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Contract;

use LogicException;
use OCA\VideoVerification\Tests\Contract\OpenApiDocument;
use OCA\VideoVerification\Tests\Contract\SchemaValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;
use PHPUnit\Framework\TestCase;

final class SchemaValidatorTest extends TestCase {
	private SchemaValidator $spreed;
	private SchemaValidator $filesSharing;

	protected function setUp(): void {
		$specs = SpecsDirectory::locate();
		$this->spreed = new SchemaValidator(OpenApiDocument::load($specs . '/spreed-openapi.json'));
		$this->filesSharing = new SchemaValidator(OpenApiDocument::load($specs . '/files_sharing-openapi.json'));
	}

	public function testMinItems(): void {
		$schema = ['$ref' => '#/components/schemas/Capabilities/properties/features'];

		self::assertSame([], $this->spreed->validate(['audio'], $schema, '/features', '#'));
		self::assertSame(
			['/features: array has 0 items, fewer than minItems 1 (schema #/components/schemas/Capabilities/properties/features/minItems)'],
			$this->spreed->validate([], $schema, '/features', '#'),
		);
	}

	public function testMinLength(): void {
		$schema = ['$ref' => '#/components/schemas/PollDraft/properties/question'];

		self::assertSame([], $this->spreed->validate('Ready?', $schema, '/question', '#'));
		self::assertSame(
			['/question: string of length 0 is shorter than minLength 1 (schema #/components/schemas/PollDraft/properties/question/minLength)'],
			$this->spreed->validate('', $schema, '/question', '#'),
		);
	}

	public function testMinimumMaximumAndExclusiveBounds(): void {
		$schema = ['type' => 'integer', 'minimum' => 0, 'maximum' => 10, 'exclusiveMaximum' => true];

		self::assertSame([], $this->spreed->validate(0, $schema, '/n', '#'));
		self::assertSame(['/n: -1 is below the minimum 0 (schema #/minimum)'], $this->spreed->validate(-1, $schema, '/n', '#'));
		self::assertSame(['/n: 10 is above the maximum (exclusive) 10 (schema #/maximum)'], $this->spreed->validate(10, $schema, '/n', '#'));
	}

	public function testInt32RangeAndFloatAreNotInt64(): void {
		self::assertSame(['/n: integer 2147483648 is outside the int32 range (schema #/type)'], $this->spreed->validate(2147483648, ['type' => 'integer', 'format' => 'int32'], '/n', '#'));
		self::assertSame([], $this->spreed->validate(PHP_INT_MAX, ['type' => 'integer', 'format' => 'int64'], '/n', '#'));
	}

	public function testAdditionalPropertiesSchemaIsApplied(): void {
		$schema = ['$ref' => '#/components/schemas/ChatMessage/allOf/1/properties/reactions'];

		self::assertSame([], $this->spreed->validate(['👍' => 2], $schema, '/reactions', '#'));
		self::assertSame(
			['/reactions/👍: expected integer (int64), got string "two" (schema #/components/schemas/ChatMessage/allOf/1/properties/reactions/additionalProperties/type)'],
			$this->spreed->validate(['👍' => 'two'], $schema, '/reactions', '#'),
		);
	}

	public function testAdditionalPropertiesFalseRejectsUnknownNames(): void {
		$schema = ['type' => 'object', 'properties' => ['a' => ['type' => 'string']], 'additionalProperties' => false];

		self::assertSame(['/a~1b: property is not allowed (additionalProperties: false) (schema #/additionalProperties)'], $this->spreed->validate(['a' => 'x', 'a/b' => 1], $schema, '', '#'));
	}

	public function testNullableSiblingOfRefIsHonoured(): void {
		$schema = ['$ref' => '#/components/schemas/ShareeLookup/allOf/1/properties/extra/properties/email'];

		self::assertSame([], $this->filesSharing->validate(null, $schema, '/email', '#'));
		self::assertSame([], $this->filesSharing->validate(['value' => 'bob@example.com', 'verified' => 1], $schema, '/email', '#'));
	}

	public function testNullableAllOfRefAcceptsNullButNotOtherTypes(): void {
		$schema = ['$ref' => '#/components/schemas/SignalingSettings/properties/federation'];

		self::assertSame([], $this->spreed->validate(null, $schema, '/federation', '#'));
		$violations = $this->spreed->validate('none', $schema, '/federation', '#');
		self::assertSame(['/federation: expected object, got string "none" (schema #/components/schemas/SignalingFederationSettings/type)'], $violations);
	}

	public function testOneOfCountsAnIntegerOnlyForTheIntegerBranch(): void {
		$schema = ['$ref' => '#/components/schemas/Share/properties/item_size'];

		self::assertSame([], $this->filesSharing->validate(12, $schema, '/size', '#'));
		self::assertSame([], $this->filesSharing->validate(12.5, $schema, '/size', '#'));
	}

	public function testOneOfMatchingTwoBranchesIsAViolation(): void {
		$schema = ['oneOf' => [['type' => 'string'], ['type' => 'string', 'minLength' => 1]]];

		self::assertSame(['/s: value matches more than one schema of oneOf (0, 1) (schema #/oneOf)'], $this->spreed->validate('a', $schema, '/s', '#'));
	}

	public function testEmptyArrayIsBothAnEmptyListAndAnEmptyObject(): void {
		self::assertSame([], $this->spreed->validate([], ['type' => 'array'], '', '#'));
		self::assertSame([], $this->spreed->validate([], ['type' => 'object'], '', '#'));
		self::assertSame(['(root): expected object, got array [1] (schema #/type)'], $this->spreed->validate([1], ['type' => 'object'], '', '#'));
		self::assertSame(['(root): expected array, got object {"a":1} (schema #/type)'], $this->spreed->validate(['a' => 1], ['type' => 'array'], '', '#'));
	}

	public function testStdClassObjectsAreObjects(): void {
		$value = json_decode('{"type":"user","id":"alice","name":"Alice"}');

		self::assertSame([], $this->spreed->validate($value, ['$ref' => '#/components/schemas/RichObjectParameter'], '', '#'));
	}

	public function testUniqueItems(): void {
		self::assertSame(['/l: array items are not unique (schema #/uniqueItems)'], $this->spreed->validate(['a', 'a'], ['type' => 'array', 'uniqueItems' => true], '/l', '#'));
	}

	public function testNotKeyword(): void {
		self::assertSame(['/v: value matches the schema under "not" (schema #/not)'], $this->spreed->validate('x', ['not' => ['type' => 'string']], '/v', '#'));
	}

	public function testUnsupportedKeywordFailsLoudly(): void {
		$this->expectException(LogicException::class);
		$this->expectExceptionMessage("Schema keyword 'contentEncoding' is not supported (at #/x)");

		$this->spreed->validate('x', ['type' => 'string', 'contentEncoding' => 'base64'], '', '#/x');
	}

	public function testBrokenReferenceFailsLoudly(): void {
		$this->expectException(\InvalidArgumentException::class);
		$this->expectExceptionMessage('Unresolvable reference #/components/schemas/Nope');

		$this->spreed->validate('x', ['$ref' => '#/components/schemas/Nope'], '', '#');
	}
}
