<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Storage;

use OCA\VideoVerification\Demo\Storage\DemoDatabase;

/**
 * The Talk stand-in's tables in the demo's SQLite file (created on first use, gone with
 * /demo/reset like every demo table).
 */
final class TalkTables {
	private const SCHEMA = [
		'CREATE TABLE IF NOT EXISTS talk_rooms (id INTEGER PRIMARY KEY AUTOINCREMENT, token TEXT NOT NULL UNIQUE, type INTEGER NOT NULL, name TEXT NOT NULL, object_type TEXT NOT NULL, object_id TEXT NOT NULL, call_flag INTEGER NOT NULL DEFAULT 0, call_start_time INTEGER NOT NULL DEFAULT 0, last_activity INTEGER NOT NULL, recording_consent INTEGER NOT NULL DEFAULT 0)',
		'CREATE TABLE IF NOT EXISTS talk_attendees (id INTEGER PRIMARY KEY AUTOINCREMENT, room_id INTEGER NOT NULL, actor_type TEXT NOT NULL, actor_id TEXT NOT NULL, display_name TEXT NOT NULL, participant_type INTEGER NOT NULL, UNIQUE (room_id, actor_type, actor_id))',
		'CREATE TABLE IF NOT EXISTS talk_sessions (session_id TEXT PRIMARY KEY, room_id INTEGER NOT NULL, attendee_id INTEGER NOT NULL, in_call INTEGER NOT NULL DEFAULT 0, last_ping INTEGER NOT NULL)',
		'CREATE TABLE IF NOT EXISTS talk_signaling (id INTEGER PRIMARY KEY AUTOINCREMENT, room_id INTEGER NOT NULL, recipient TEXT NOT NULL, data TEXT NOT NULL, created INTEGER NOT NULL)',
		'CREATE INDEX IF NOT EXISTS talk_signaling_recipient ON talk_signaling (recipient)',
	];

	/** @var array<string, true> database files already set up in this process */
	private static array $ready = [];

	public function __construct(
		private readonly DemoDatabase $db,
	) {
	}

	public function db(): DemoDatabase {
		if (!isset(self::$ready[$this->db->file()])) {
			foreach (self::SCHEMA as $statement) {
				$this->db->pdo()->exec($statement);
			}
			$this->addMissingColumns();
			self::$ready[$this->db->file()] = true;
		}
		return $this->db;
	}

	/**
	 * A demo database made before talk_rooms had `recording_consent` gets the column.
	 */
	private function addMissingColumns(): void {
		$columns = array_column($this->db->pdo()->query('PRAGMA table_info(talk_rooms)')->fetchAll(\PDO::FETCH_ASSOC), 'name');
		if (!in_array('recording_consent', $columns, true)) {
			$this->db->pdo()->exec('ALTER TABLE talk_rooms ADD COLUMN recording_consent INTEGER NOT NULL DEFAULT 0');
		}
	}
}
