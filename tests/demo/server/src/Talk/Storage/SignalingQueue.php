<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Storage;

/**
 * Talk's internal signaling message table (spreed lib/Signaling/Messages.php): messages wait
 * per recipient session until a pull takes them, and, as in Talk, only once they are at least
 * one (whole) second old.
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
	 * Removes and returns the waiting messages of a session that are at least one second old
	 * (by whole seconds: `created <= now - 1`), oldest first, as spreed's
	 * Messages::getAndDeleteMessages does so that no message added in the current second is
	 * deleted unread.
	 *
	 * @return list<string>
	 */
	public function take(string $recipient, int $now): array {
		$db = $this->tables->db();
		$rows = $db->select('SELECT id, data FROM talk_signaling WHERE recipient = ? AND created <= ? ORDER BY id', [$recipient, $now - 1]);
		if ($rows === []) {
			return [];
		}
		$lastId = (int)end($rows)['id'];
		$db->execute('DELETE FROM talk_signaling WHERE recipient = ? AND id <= ? AND created <= ?', [$recipient, $lastId, $now - 1]);
		return array_map(fn (array $row) => (string)$row['data'], $rows);
	}
}
