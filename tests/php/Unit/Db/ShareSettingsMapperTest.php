<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Db;

use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\DoctrineConnection;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use OCP\DB\Exception;
use PHPUnit\Framework\TestCase;

class ShareSettingsMapperTest extends TestCase {
	private DoctrineConnection $db;
	private ShareSettingsMapper $mapper;

	protected function setUp(): void {
		parent::setUp();
		$this->db = TestDatabase::connect();
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new ShareSettingsMapper($this->db);
	}

	public function testFindsNothingForAnUnknownShare(): void {
		$this->assertNull($this->mapper->find(42));
	}

	public function testSavesAndFindsARow(): void {
		$settings = new ShareSettings(42, VerificationMode::Password, 'alice', 1_800_000_000, true);

		$this->mapper->save($settings);

		$found = $this->mapper->find(42);
		$this->assertNotNull($found);
		$this->assertTrue($settings->equals($found));
	}

	public function testSavingAgainReplacesTheRow(): void {
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));

		$this->mapper->save(new ShareSettings(42, VerificationMode::Password, 'alice', 1000, false));

		$rows = $this->db->executeQuery('SELECT * FROM `*PREFIX*vv_share_settings`')->fetchAllAssociative();
		$this->assertCount(1, $rows);
		$this->assertSame('password', $rows[0]['mode']);
		$this->assertFalse((bool)$rows[0]['password_generated']);
	}

	public function testSavingTheSameValuesTwiceKeepsOneRow(): void {
		$settings = new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true);

		$this->mapper->save($settings);
		$this->mapper->save($settings);

		$this->assertSame(1, (int)$this->db->executeQuery('SELECT COUNT(*) FROM `*PREFIX*vv_share_settings`')->fetchOne());
	}

	public function testDeletesOnlyTheGivenShare(): void {
		$this->mapper->save(new ShareSettings(42, VerificationMode::Approve, 'alice', 1000, true));
		$this->mapper->save(new ShareSettings(43, VerificationMode::Approve, 'bob', 1000, false));

		$this->assertTrue($this->mapper->delete(42));
		$this->assertFalse($this->mapper->delete(42));

		$this->assertNull($this->mapper->find(42));
		$this->assertNotNull($this->mapper->find(43));
	}

	public function testBigShareIdsSurvive(): void {
		$this->mapper->save(new ShareSettings(PHP_INT_MAX, VerificationMode::Approve, 'alice', 1000, false));

		$this->assertSame(PHP_INT_MAX, $this->mapper->find(PHP_INT_MAX)?->shareId);
	}

	public function testARowWithAModeWeNeverWriteReadsAsAbsent(): void {
		$this->db->executeStatement(
			'INSERT INTO `*PREFIX*vv_share_settings` (`share_id`, `mode`, `enabled_by`, `enabled_at`, `password_generated`) VALUES (?, ?, ?, ?, ?)',
			[42, 'video', 'alice', 1000, 0],
		);

		$this->assertNull($this->mapper->find(42));
	}

	public function testDatabaseErrorsSurfaceAsOcpExceptions(): void {
		$this->db->dropTable(ShareSettingsMapper::TABLE);

		$this->expectException(Exception::class);
		$this->mapper->find(42);
	}
}
