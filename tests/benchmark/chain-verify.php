<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * Time and peak PHP memory to verify a record chain of N generated records (default
 * 100,000) on an on-disk SQLite database, through the app's real chain and verifier:
 *
 *   php tests/benchmark/chain-verify.php [records]
 *
 * The records are sealed through RecordChain as RequestTransitions does, inside one outer
 * transaction so that setting up does not wait for 100,000 fsyncs (that time is printed
 * too); then the whole chain is verified, and verified again after one record in the
 * middle was altered (the verifier must name it).
 */

use OCA\VideoVerification\Db\Checklist;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Db\ReleaseMethod;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;

require_once dirname(__DIR__) . '/autoload.php';

$records = max(2, (int)($argv[1] ?? 100_000));
$file = tempnam(sys_get_temp_dir(), 'vv-chain-') ?: throw new RuntimeException('no temp file');
$db = new SqliteConnection($file);
(new MigrationRunner($db))->migrate();
$mapper = new VerificationRequestMapper($db);
$chainMapper = new RecordChainMapper($db);

$now = 1_800_000_000;
$statuses = [VerificationRequestStatus::Used, VerificationRequestStatus::Declined, VerificationRequestStatus::Expired, VerificationRequestStatus::Cancelled];
$db->beginTransaction();
for ($i = 0; $i < $records; $i++) {
	$used = $i % 4 === 0;
	$mapper->insert(new VerificationRequest(
		sprintf('%032x', $i), str_repeat('1', 64), str_repeat('2', 64), sprintf('%06d', $i % 1_000_000),
		$statuses[$i % 4], $i % 3 === 0 ? VerificationMode::Password : VerificationMode::Approve,
		$now - $records + $i, $now - $records + $i + 900, 1 + $i % 50, 'DemoContract001',
		"Contract {$i}, \"final\".pdf", "Zo\u{00E9} Requester {$i}", "person{$i}@example.com", 100 + $i % 50,
		'alice', 'alice',
		answeredAt: $now - $records + $i + 30,
		decidedAt: $now - $records + $i + 60,
		decidedBy: 'alice',
		checklist: $used ? new Checklist(true, true, false, "Checked the passport, photo matches\nsecond line {$i}") : null,
		releasedBy: $used ? ReleaseMethod::Approve : null,
		firstUsedAt: $used ? $now - $records + $i + 61 : null,
	));
}
$db->commit();

$start = microtime(true);
$db->beginTransaction();
$sealed = (new RecordChain($db, $chainMapper))->sealUnsealed();
$db->commit();
$sealSeconds = microtime(true) - $start;

$verifier = new RecordChainVerifier($chainMapper);
gc_collect_cycles();
$baseline = memory_get_usage();
memory_reset_peak_usage();
$start = microtime(true);
$result = $verifier->verify();
$seconds = microtime(true) - $start;
$peak = memory_get_peak_usage();

$victim = sprintf('%032x', intdiv($records, 2));
$db->executeStatement("UPDATE `*PREFIX*vv_requests` SET `requester_name` = 'Mallory' WHERE `request_id` = ?", [$victim]);
$tampered = $verifier->verify();
unlink($file);

printf("records: %d (sealed %d in %.2f s, in one outer transaction)\nverify seconds: %.2f\nresult: %s\nmemory before verify: %.2f MiB\npeak during verify: %.2f MiB (+%.2f MiB)\nafter altering %s: %s\n",
	$records, $sealed, $sealSeconds, $seconds, $result->describe(), $baseline / 1048576, $peak / 1048576, ($peak - $baseline) / 1048576,
	$victim, $tampered->describe());
exit($result->isValid() && $tampered->requestId === $victim ? 0 : 1);
