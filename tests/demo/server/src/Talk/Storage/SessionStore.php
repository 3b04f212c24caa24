<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Storage;

use OCA\VideoVerification\Demo\Talk\Model\Session;

final class SessionStore {
	public function __construct(
		private readonly TalkTables $tables,
	) {
	}

	public function add(string $sessionId, int $roomId, int $attendeeId, int $now): Session {
		$this->tables->db()->execute(
			'INSERT INTO talk_sessions (session_id, room_id, attendee_id, in_call, last_ping) VALUES (?, ?, ?, 0, ?)',
			[$sessionId, $roomId, $attendeeId, $now],
		);
		return new Session($sessionId, $roomId, $attendeeId, 0, $now);
	}

	public function get(string $sessionId): ?Session {
		$rows = $this->tables->db()->select('SELECT * FROM talk_sessions WHERE session_id = ?', [$sessionId]);
		return $rows === [] ? null : self::fromRow($rows[0]);
	}

	/**
	 * @return list<Session>
	 */
	public function inRoom(int $roomId): array {
		return array_map(self::fromRow(...), $this->tables->db()->select('SELECT * FROM talk_sessions WHERE room_id = ? ORDER BY rowid', [$roomId]));
	}

	/**
	 * @return list<Session>
	 */
	public function ofAttendee(int $attendeeId): array {
		return array_map(self::fromRow(...), $this->tables->db()->select('SELECT * FROM talk_sessions WHERE attendee_id = ? ORDER BY rowid', [$attendeeId]));
	}

	public function setInCall(string $sessionId, int $flags): void {
		$this->tables->db()->execute('UPDATE talk_sessions SET in_call = ? WHERE session_id = ?', [$flags, $sessionId]);
	}

	public function ping(string $sessionId, int $now): void {
		$this->tables->db()->execute('UPDATE talk_sessions SET last_ping = ? WHERE session_id = ?', [$now, $sessionId]);
	}

	public function delete(string $sessionId): void {
		$db = $this->tables->db();
		$db->execute('DELETE FROM talk_signaling WHERE recipient = ?', [$sessionId]);
		$db->execute('DELETE FROM talk_sessions WHERE session_id = ?', [$sessionId]);
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private static function fromRow(array $row): Session {
		return new Session((string)$row['session_id'], (int)$row['room_id'], (int)$row['attendee_id'], (int)$row['in_call'], (int)$row['last_ping']);
	}
}
