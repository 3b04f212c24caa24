<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Storage;

/**
 * Talk's internal signaling message table (spreed lib/Signaling/Messages.php): messages wait
 * per recipient session until its next pull takes them. Unlike Talk, a message is handed out
 * at once instead of after it is one second old, so demo calls connect quickly.
 */
final class SignalingQueue {
	public const REFRESH_PARTICIPANT_LIST = 'refresh-participant-list';

	public function __construct(
		private readonly TalkTables $tables,
	) {
	}

	public function add(int $roomId, string $recipient, string $data, int $now): void {
		$this->tables->db()->execute(
			'INSERT INTO talk_signaling (room_id, recipient, data, created) VALUES (?, ?, ?, ?)',
			[$roomId, $recipient, $data, $now],
		);
	}

	/**
	 * Wakes every session of the room so its pull returns a fresh usersInRoom.
	 */
	public function refreshParticipantList(int $roomId, int $now): void {
		$this->tables->db()->execute(
			'INSERT INTO talk_signaling (room_id, recipient, data, created) SELECT room_id, session_id, ?, ? FROM talk_sessions WHERE room_id = ?',
			[self::REFRESH_PARTICIPANT_LIST, $now, $roomId],
		);
	}

	/**
	 * Removes and returns the waiting messages of a session, oldest first.
	 *
	 * @return list<string>
	 */
	public function take(string $recipient): array {
		$db = $this->tables->db();
		$rows = $db->select('SELECT id, data FROM talk_signaling WHERE recipient = ? ORDER BY id', [$recipient]);
		if ($rows === []) {
			return [];
		}
		$lastId = (int)end($rows)['id'];
		$db->execute('DELETE FROM talk_signaling WHERE recipient = ? AND id <= ?', [$recipient, $lastId]);
		return array_map(fn (array $row) => (string)$row['data'], $rows);
	}
}
