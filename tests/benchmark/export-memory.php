<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * Peak PHP memory of the CSV export for N generated records (default 100,000) on an
 * on-disk SQLite database, through the app's real mapper and export:
 *
 *   php tests/benchmark/export-memory.php [records]
 *
 * Prints the records, CSV bytes, seconds, and the peak memory before and during the export.
 */

use OCA\VideoVerification\Db\Checklist;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Records\RecordCsvExport;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;

require_once dirname(__DIR__) . '/autoload.php';

$records = max(1, (int)($argv[1] ?? 100_000));
$file = tempnam(sys_get_temp_dir(), 'vv-export-') ?: throw new RuntimeException('no temp file');
$db = new SqliteConnection($file);
(new MigrationRunner($db))->migrate();
$mapper = new VerificationRequestMapper($db);

$now = 1_800_000_000;
$statuses = [VerificationRequestStatus::Used, VerificationRequestStatus::Declined, VerificationRequestStatus::Expired, VerificationRequestStatus::Cancelled];
$db->beginTransaction();
for ($i = 0; $i < $records; $i++) {
	$used = $i % 4 === 0;
	$mapper->insert(new VerificationRequest(
		sprintf('%032x', $i),
		str_repeat('1', 64),
		str_repeat('2', 64),
		sprintf('%06d', $i % 1_000_000),
		$statuses[$i % 4],
		$i % 3 === 0 ? VerificationMode::Password : VerificationMode::Approve,
		$now - $records + $i,
		$now - $records + $i + 900,
		1 + $i % 50,
		'DemoContract001',
		"Contract {$i}, \"final\".pdf",
		"Zo\u{00E9} Requester {$i}",
		"person{$i}@example.com",
		100 + $i % 50,
		'alice',
		'alice',
		answeredAt: $now - $records + $i + 30,
		decidedAt: $now - $records + $i + 60,
		decidedBy: 'alice',
		checklist: $used ? new Checklist(true, true, false, "Checked the passport, photo matches\nsecond line {$i}") : null,
		releasedBy: $used ? ReleaseMethod::Approve : null,
		firstUsedAt: $used ? $now - $records + $i + 61 : null,
	));
}
$db->commit();

gc_collect_cycles();
$baseline = memory_get_usage();
memory_reset_peak_usage();
$start = microtime(true);
$bytes = 0;

foreach ((new RecordCsvExport($mapper))->chunks($now) as $chunk) {
	$bytes += strlen($chunk);

}
$seconds = microtime(true) - $start;
$peak = memory_get_peak_usage();
unlink($file);

printf("records: %d\ncsv bytes: %d\nexport seconds: %.2f\nmemory before export: %.2f MiB\npeak during export: %.2f MiB (+%.2f MiB)\n",
	$records, $bytes, $seconds, $baseline / 1048576, $peak / 1048576, ($peak - $baseline) / 1048576);
