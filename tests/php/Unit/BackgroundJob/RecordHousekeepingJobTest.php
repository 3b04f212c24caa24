<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\BackgroundJob;

use OCA\VideoVerification\BackgroundJob\RecordHousekeepingJob;
use OCA\VideoVerification\Db\ShareSettings;
use OCA\VideoVerification\Db\ShareSettingsMapper;
use OCA\VideoVerification\Db\VerificationMode;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Demo\Ocp\Notification\DemoNotification;
use OCA\VideoVerification\Notification\RequestNotifications;
use OCA\VideoVerification\Service\Policy\AdminPolicy;
use OCA\VideoVerification\Service\Records\RecordHousekeeping;
use OCA\VideoVerification\Db\RecordChainMapper;
use OCA\VideoVerification\Service\Records\RecordChain;
use OCA\VideoVerification\Service\Request\RequestTransitions;
use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\IJobList;
use OCP\IAppConfig;
use OCP\Notification\IManager as INotificationManager;
use OCP\Notification\INotification;
use PHPUnit\Framework\TestCase;

class RecordHousekeepingJobTest extends TestCase {
	private const NOW = 1_800_000_000;
	private const DAY = 86400;

	private SqliteConnection $db;
	private VerificationRequestMapper $mapper;
	/** @var list<string> */
	private array $processed = [];
	private int $retentionDays = 365;

	protected function setUp(): void {
		parent::setUp();
		$this->db = new SqliteConnection(':memory:');
		(new MigrationRunner($this->db))->migrate();
		$this->mapper = new VerificationRequestMapper($this->db);
	}

	public function testExpiresStaleOpenRequestsAndUnclaimedApprovalsAndTakesTheirNotifications(): void {
		$this->insert('a', VerificationRequestStatus::Requested, expiresAt: self::NOW);
		$this->insert('b', VerificationRequestStatus::Ringing, expiresAt: self::NOW - 5);
		$this->insert('c', VerificationRequestStatus::Approved, decidedAt: self::NOW - VerificationRequest::APPROVAL_LIFETIME);
		// Not stale yet, or not open: untouched.
		$this->insert('d', VerificationRequestStatus::Requested, expiresAt: self::NOW + 1);
		$this->insert('e', VerificationRequestStatus::Ringing, expiresAt: self::NOW + 60);
		$this->insert('f', VerificationRequestStatus::Approved, decidedAt: self::NOW - VerificationRequest::APPROVAL_LIFETIME + 1);
		foreach (['g' => VerificationRequestStatus::Declined, 'h' => VerificationRequestStatus::Used, 'i' => VerificationRequestStatus::Cancelled, 'j' => VerificationRequestStatus::Expired] as $letter => $status) {
			$this->insert($letter, $status, expiresAt: self::NOW - 100, decidedAt: self::NOW - 1000);
		}

		$this->assertSame(3, $this->housekeeping()->expireStale(self::NOW));

		$this->assertSame([
			'a' => 'expired', 'b' => 'expired', 'c' => 'expired',
			'd' => 'requested', 'e' => 'ringing', 'f' => 'approved',
			'g' => 'declined', 'h' => 'used', 'i' => 'cancelled', 'j' => 'expired',
		], $this->statuses());
		$this->assertSame([str_repeat('a', 32), str_repeat('b', 32), str_repeat('c', 32)], $this->processed);
	}

	public function testStoresOpenRequestsWhosePageStoppedPollingAsAbandonedAndTakesTheirNotifications(): void {
		$this->insert('a', VerificationRequestStatus::Requested, lastSeenAt: self::NOW - VerificationRequest::LIVENESS_SECONDS);
		$this->insert('b', VerificationRequestStatus::Ringing, lastSeenAt: self::NOW - 600);
		$this->insert('c', VerificationRequestStatus::Requested, lastSeenAt: self::NOW - VerificationRequest::LIVENESS_SECONDS + 1);
		$this->insert('d', VerificationRequestStatus::Requested);

		$this->assertSame(2, $this->housekeeping()->expireStale(self::NOW));

		$this->assertSame(['a' => 'abandoned', 'b' => 'abandoned', 'c' => 'requested', 'd' => 'requested'], $this->statuses(), 'd: a row from before liveness');
		$this->assertSame([str_repeat('a', 32), str_repeat('b', 32)], $this->processed);
	}

	public function testExpiresMoreThanOnePage(): void {
		for ($i = 0; $i < 1203; $i++) {
			$this->insert(sprintf('%032d', $i), VerificationRequestStatus::Requested, expiresAt: self::NOW - 1, raw: true);
		}

		$this->assertSame(1203, $this->housekeeping()->expireStale(self::NOW));
		$this->assertSame(['expired' => 1203], array_count_values($this->statuses()));
		$this->assertSame(0, $this->housekeeping()->expireStale(self::NOW), 'a second run finds nothing');
	}

	public function testRemovesOnlyFinishedRecordsOlderThanTheRetention(): void {
		$this->retentionDays = 30;
		$cutoff = self::NOW - 30 * self::DAY;
		foreach (['a' => VerificationRequestStatus::Declined, 'b' => VerificationRequestStatus::Used, 'c' => VerificationRequestStatus::Cancelled, 'd' => VerificationRequestStatus::Expired] as $letter => $status) {
			$this->insert($letter, $status, createdAt: $cutoff - 1);
		}
		$this->insert('e', VerificationRequestStatus::Used, createdAt: $cutoff);
		$this->insert('f', VerificationRequestStatus::Declined, createdAt: self::NOW - 60);
		// Never removed, however old: a request still open or approved (the expiry pass runs first).
		$this->insert('g', VerificationRequestStatus::Requested, createdAt: $cutoff - 1, expiresAt: self::NOW + 60);
		$this->insert('h', VerificationRequestStatus::Approved, createdAt: $cutoff - 1, decidedAt: self::NOW);
		(new ShareSettingsMapper($this->db))->save(new ShareSettings(7, VerificationMode::Approve, 'alice', $cutoff - 100 * self::DAY, true));

		$this->assertSame(4, $this->housekeeping()->removePastRetention(self::NOW));

		$this->assertSame(['e' => 'used', 'f' => 'declined', 'g' => 'requested', 'h' => 'approved'], $this->statuses());
		$this->assertNotNull((new ShareSettingsMapper($this->db))->find(7), 'other tables stay');
		$this->assertSame([], $this->processed);
	}

	public function testRetentionZeroKeepsEverything(): void {
		$this->retentionDays = 0;
		$this->insert('a', VerificationRequestStatus::Used, createdAt: 1000);

		$this->assertSame(0, $this->housekeeping()->removePastRetention(self::NOW));
		$this->assertSame(['a' => 'used'], $this->statuses());
	}

	public function testAnOutOfRangeStoredRetentionReadsAsTheNearestValidOne(): void {
		$this->retentionDays = -5;
		$this->insert('a', VerificationRequestStatus::Used, createdAt: 1000);

		$this->assertSame(0, $this->housekeeping()->removePastRetention(self::NOW), 'negative reads as 0 = forever');
		$this->assertSame(['a' => 'used'], $this->statuses());
	}

	public function testTheJobRunsEveryFifteenMinutesTimeInsensitiveAndDoesBothSteps(): void {
		$this->retentionDays = 1;
		$this->insert('a', VerificationRequestStatus::Requested, createdAt: self::NOW - 2 * self::DAY, expiresAt: self::NOW - 2 * self::DAY + 900);
		$this->insert('b', VerificationRequestStatus::Ringing, expiresAt: self::NOW - 1);
		$this->insert('c', VerificationRequestStatus::Ringing, expiresAt: self::NOW + 100);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		$job = new RecordHousekeepingJob($time, $this->housekeeping());
		$jobList = $this->createMock(IJobList::class);

		$this->assertSame(900, $job->getInterval());
		$this->assertFalse($job->isTimeSensitive());
		$this->assertFalse($job->getAllowParallelRuns());

		$job->setLastRun(self::NOW - 60);
		$job->start($jobList);
		$this->assertSame(['a' => 'requested', 'b' => 'ringing', 'c' => 'ringing'], $this->statuses(), 'ran a minute ago: skipped');

		// OCP's TimedJob::start runs a job only once strictly more than its interval has passed.
		$job->setLastRun(self::NOW - 900);
		$job->start($jobList);
		$this->assertSame(['a' => 'requested', 'b' => 'ringing', 'c' => 'ringing'], $this->statuses(), 'ran exactly one interval ago: skipped');

		$job->setLastRun(self::NOW - 901);
		$job->start($jobList);
		// a expired (stale) and then, finished and two days old, removed; b expired; c still ringing.
		$this->assertSame(['b' => 'expired', 'c' => 'ringing'], $this->statuses());
	}

	private function housekeeping(): RecordHousekeeping {
		$manager = $this->createMock(INotificationManager::class);
		$manager->method('createNotification')->willReturnCallback(static fn (): INotification => new DemoNotification());
		$manager->method('markProcessed')->willReturnCallback(function (INotification $notification): void {
			$this->processed[] = $notification->getObjectId();
		});
		$appConfig = $this->createMock(IAppConfig::class);
		$appConfig->method('getValueInt')->willReturnCallback(
			fn (string $app, string $key, int $default): int => $key === AdminPolicy::KEY_RETENTION ? $this->retentionDays : $default,
		);
		return new RecordHousekeeping(
			$this->mapper,
			new RequestTransitions($this->mapper, new RequestNotifications($manager), $this->chain()),
			new AdminPolicy($appConfig),
			$this->chain(),
		);
	}

	/**
	 * @return array<string, string> first letter of the id (or the id) => stored status
	 */
	private function statuses(): array {
		$rows = $this->db->executeQuery('SELECT `request_id`, `status` FROM `*PREFIX*vv_requests` ORDER BY `request_id`')->fetchAllAssociative();
		$statuses = [];
		foreach ($rows as $row) {
			$id = (string)$row['request_id'];
			$statuses[$id === str_repeat($id[0], 32) ? $id[0] : $id] = (string)$row['status'];
		}
		return $statuses;
	}

	private function insert(
		string $letter,
		VerificationRequestStatus $status,
		int $createdAt = self::NOW - 600,
		int $expiresAt = self::NOW + 300,
		?int $decidedAt = null,
		bool $raw = false,
		?int $lastSeenAt = null,
	): void {
		$this->mapper->insert(new VerificationRequest(
			$raw ? $letter : str_repeat($letter, 32),
			str_repeat('1', 64),
			str_repeat('2', 64),
			'012345',
			$status,
			VerificationMode::Approve,
			$createdAt,
			$expiresAt,
			7,
			'DemoContract001',
			'Contract.pdf',
			'Carol',
			null,
			100,
			'alice',
			'alice',
			decidedAt: $decidedAt,
			lastSeenAt: $lastSeenAt,
		));
		// As RequestTransitions does when a request becomes final.
		$this->chain()->sealUnsealed();
	}

	private function chain(): RecordChain {
		return new RecordChain($this->db, new RecordChainMapper($this->db));
	}
}
