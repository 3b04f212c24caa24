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

/**
 * The demo checks every Talk and files_sharing exchange in contract mode, so a check must
 * cost next to nothing once the spec is parsed (about 0.1 ms for a full room here; the
 * bound leaves room for a busy CI machine).
 */
final class OpenApiValidatorSpeedTest extends TestCase {
	public function testValidatingAFullRoomResponseTakesWellUnderFiveMilliseconds(): void {
		$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate());
		$path = '/ocs/v2.php/apps/spreed/api/v4/room/k7m2p9qx/participants/active';
		$body = json_decode((string)file_get_contents(__DIR__ . '/fixtures/spreed-join-room-200.json'), true, flags: JSON_THROW_ON_ERROR);
		self::assertSame([], $validator->validateResponse('POST', $path, 200, $body));

		$runs = 200;
		$start = hrtime(true);
		for ($i = 0; $i < $runs; $i++) {
			$validator->validateResponse('POST', $path, 200, $body);
		}
		$meanMilliseconds = (hrtime(true) - $start) / 1e6 / $runs;

		self::assertLessThan(2.0, $meanMilliseconds, sprintf('mean %.3f ms per full room response', $meanMilliseconds));
	}
}
