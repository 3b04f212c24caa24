<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Storage;

use OCA\VideoVerification\Tests\Support\Db\MigrationRunner;
use OCA\VideoVerification\Tests\Support\Db\MySqlConnection;
use OCA\VideoVerification\Tests\Support\Db\PostgreSqlConnection;
use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\IDBConnection;

/**
 * First start and reset: seed the demo tables, and give the app its IDBConnection on the
 * same SQLite file with the app's real migrations applied.
 */
final class DemoSchema {
	private ?IDBConnection $connection = null;

	/**
	 * @param array{host?: string, port?: int, user?: string, password?: string, dbname?: string} $serverParams
	 */
	public function __construct(
		private readonly DemoDatabase $db,
		private readonly DemoSeed $seed,
		private readonly string $appRoot,
		private readonly string $engine = 'sqlite',
		private readonly array $serverParams = [],
	) {
	}

	/**
	 * Every request boots the host and asks. The answer is almost always "seeded", which one
	 * read tells without the lock: the lock serialised every request of every app server (a
	 * load test's polls waited seconds in line for it), so it is taken only to seed.
	 */
	public function ensureSeeded(): void {
		// A data folder's very first request opens (creates) the file under the lock.
		if (is_file($this->db->file()) && !$this->db->isEmpty()) {
			return;
		}
		$this->exclusively(function (): void {
			if ($this->db->isEmpty()) {
				$this->seed->seed();
			}
		});
	}

	public function connection(): IDBConnection {
		if ($this->connection === null) {
			$connection = match ($this->engine) {
				'pgsql' => new PostgreSqlConnection($this->serverParams),
				'mysql' => new MySqlConnection($this->serverParams),
				default => new SqliteConnection($this->db->file()),
			};
			$runner = new MigrationRunner($connection, 'video_verification', 'OCA\\VideoVerification\\Migration', $this->appRoot . '/lib/Migration');
			// As ensureSeeded: the lock only when a migration is due (Nextcloud itself migrates on
			// install and upgrade, never in a request).
			if (!$runner->isUpToDate()) {
				$this->exclusively(fn () => $runner->migrate());
			}
			$this->connection = $connection;
		}
		return $this->connection;
	}

	/**
	 * The demo's reset for the app's tables on a database server (in SQLite they go with the
	 * demo's file): every row but the record of the migrations.
	 */
	public function emptyServerTables(): void {
		if ($this->engine === 'sqlite') {
			return;
		}
		$connection = $this->connection();
		foreach ((new \OCA\VideoVerification\Tests\Support\Db\SchemaWrapper($connection))->getTableNamesWithoutPrefix() as $table) {
			if ($table !== 'migrations') {
				$connection->executeStatement('DELETE FROM `*PREFIX*' . $table . '`');
			}
		}
	}

	/**
	 * One PHP process at a time (the demo host runs several): after a reset two requests would
	 * otherwise both seed, or both record the same migration (a UNIQUE violation, answered 500).
	 */
	private function exclusively(\Closure $work): void {
		$lock = fopen($this->db->file() . '.lock', 'c');
		if ($lock === false) {
			throw new \RuntimeException('Cannot open the lock file of the demo database');
		}
		try {
			flock($lock, LOCK_EX);
			$work();
		} finally {
			flock($lock, LOCK_UN);
			fclose($lock);
		}
	}
}
