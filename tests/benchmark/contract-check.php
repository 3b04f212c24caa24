<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * What one contract check costs once the spec is parsed: the demo checks every Talk and
 * files_sharing exchange against ../shared/specs/, so a check must cost next to nothing.
 *
 *   php tests/benchmark/contract-check.php [runs]
 *
 * Validates Talk's full join-room response (the largest the demo sends) [runs] times
 * (default 2,000) and prints the mean per check and the peak memory.
 */

use OCA\VideoVerification\Tests\Contract\OpenApiValidator;
use OCA\VideoVerification\Tests\Contract\SpecsDirectory;

require_once dirname(__DIR__) . '/autoload.php';

$runs = max(1, (int)($argv[1] ?? 2000));
$parseStart = hrtime(true);
$validator = OpenApiValidator::forSpecsDir(SpecsDirectory::locate());
$path = '/ocs/v2.php/apps/spreed/api/v4/room/k7m2p9qx/participants/active';
$body = json_decode((string)file_get_contents(dirname(__DIR__) . '/php/Unit/Contract/fixtures/spreed-join-room-200.json'), true, flags: JSON_THROW_ON_ERROR);
$violations = $validator->validateResponse('POST', $path, 200, $body);
if ($violations !== []) {
	fwrite(STDERR, "The fixture does not match the spec:\n" . implode("\n", $violations) . "\n");
	exit(1);
}
$parseMilliseconds = (hrtime(true) - $parseStart) / 1e6;

$start = hrtime(true);
for ($i = 0; $i < $runs; $i++) {
	$validator->validateResponse('POST', $path, 200, $body);
}
$meanMilliseconds = (hrtime(true) - $start) / 1e6 / $runs;

printf("parse the specs and check once: %.1f ms\n", $parseMilliseconds);
printf("one check of a full room response: %.3f ms (mean of %d)\n", $meanMilliseconds, $runs);
printf("peak memory: %.2f MiB\n", memory_get_peak_usage() / 1048576);
printf("load average: %s\n", implode(' ', array_map(static fn (float $l): string => sprintf('%.2f', $l), sys_getloadavg() ?: [])));
