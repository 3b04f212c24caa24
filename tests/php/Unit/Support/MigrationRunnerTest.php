<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Support;

use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use PHPUnit\Framework\TestCase;

/**
 * isUpToDate lets the demo host skip its migration lock on every request: it must say no
 * while anything is left to apply.
 */
final class MigrationRunnerTest extends TestCase {
	public function testAFreshDatabaseIsNotUpToDate(): void {
		self::assertFalse((new MigrationRunner(TestDatabase::connect()))->isUpToDate());
	}

	public function testUpToDateOnceEveryMigrationRan(): void {
		$runner = new MigrationRunner(TestDatabase::connect());

		$runner->migrate();

		self::assertTrue($runner->isUpToDate());
		self::assertSame([], $runner->migrate());
	}

	public function testNotUpToDateWhileTheLastMigrationIsMissing(): void {
		$db = TestDatabase::connect();
		$runner = new MigrationRunner($db);
		$runner->migrate();
		$versions = array_keys($runner->availableVersions());
		$db->executeStatement('DELETE FROM `*PREFIX*migrations` WHERE `app` = ? AND `version` = ?', ['video_verification', (string)end($versions)]);

		self::assertFalse($runner->isUpToDate());
	}
}
