<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Storage;

use PDO;

/**
 * The demo host's own tables (files, shares, cache, notifications, config) in the
 * data dir's SQLite file. Every request of `php -S` is a fresh process, so all
 * state lives here or in the session files.
 */
final class DemoDatabase {
	private const SCHEMA = [
		'CREATE TABLE IF NOT EXISTS demo_files (fileid INTEGER PRIMARY KEY, owner TEXT NOT NULL, parent INTEGER, name TEXT NOT NULL, path TEXT NOT NULL, mimetype TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL, content BLOB)',
		'CREATE TABLE IF NOT EXISTS demo_shares (id INTEGER PRIMARY KEY AUTOINCREMENT, share_type INTEGER NOT NULL, share_with TEXT, uid_owner TEXT NOT NULL, uid_initiator TEXT NOT NULL, file_source INTEGER NOT NULL, item_type TEXT NOT NULL, file_target TEXT NOT NULL, permissions INTEGER NOT NULL, token TEXT, password TEXT, password_by_talk INTEGER NOT NULL DEFAULT 0, password_expiration_time INTEGER, expiration INTEGER, stime INTEGER NOT NULL, mail_send INTEGER NOT NULL DEFAULT 0, hide_download INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT \'\', label TEXT NOT NULL DEFAULT \'\')',
		'CREATE TABLE IF NOT EXISTS demo_cache (cache_key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL)',
		'CREATE TABLE IF NOT EXISTS demo_notifications (id INTEGER PRIMARY KEY AUTOINCREMENT, app TEXT NOT NULL, user TEXT NOT NULL, datetime INTEGER NOT NULL, object_type TEXT NOT NULL, object_id TEXT NOT NULL, subject TEXT NOT NULL, subject_parameters TEXT NOT NULL, message TEXT NOT NULL, message_parameters TEXT NOT NULL, link TEXT NOT NULL, icon TEXT NOT NULL, actions TEXT NOT NULL)',
		'CREATE TABLE IF NOT EXISTS demo_appconfig (appid TEXT NOT NULL, configkey TEXT NOT NULL, configvalue TEXT NOT NULL, type INTEGER NOT NULL DEFAULT 2, PRIMARY KEY (appid, configkey))',
		'CREATE TABLE IF NOT EXISTS demo_preferences (userid TEXT NOT NULL, appid TEXT NOT NULL, configkey TEXT NOT NULL, configvalue TEXT NOT NULL, PRIMARY KEY (userid, appid, configkey))',
	];

	private ?PDO $pdo = null;

	public function __construct(
		private readonly string $file,
	) {
	}

	public function file(): string {
		return $this->file;
	}

	public function pdo(): PDO {
		if ($this->pdo === null) {
			$isNew = !is_file($this->file);
			$pdo = new PDO('sqlite:' . $this->file, null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
			$pdo->exec('PRAGMA busy_timeout = 5000');
			if ($isNew) {
				$pdo->exec('PRAGMA journal_mode = WAL');
			}
			foreach (self::SCHEMA as $statement) {
				$pdo->exec($statement);
			}
			// Demo data from before app config rows had a type: untyped (VALUE_MIXED), as
			// Nextcloud 29's upgrade left oc_appconfig.
			$columns = array_column($pdo->query('PRAGMA table_info(demo_appconfig)')->fetchAll(PDO::FETCH_ASSOC), 'name');
			if (!in_array('type', $columns, true)) {
				$pdo->exec('ALTER TABLE demo_appconfig ADD COLUMN type INTEGER NOT NULL DEFAULT 2');
			}
			$this->pdo = $pdo;
		}
		return $this->pdo;
	}

	/**
	 * @param array<string|int, mixed> $params
	 * @return list<array<string, mixed>>
	 */
	public function select(string $sql, array $params = []): array {
		$statement = $this->pdo()->prepare($sql);
		$statement->execute($params);
		return $statement->fetchAll(PDO::FETCH_ASSOC);
	}

	/**
	 * @param array<string|int, mixed> $params
	 */
	public function execute(string $sql, array $params = []): int {
		$statement = $this->pdo()->prepare($sql);
		$statement->execute($params);
		return $statement->rowCount();
	}

	public function lastInsertId(): int {
		return (int)$this->pdo()->lastInsertId();
	}

	public function isEmpty(): bool {
		return $this->select('SELECT COUNT(*) AS n FROM demo_files')[0]['n'] === 0;
	}

	public function close(): void {
		$this->pdo = null;
	}
}
