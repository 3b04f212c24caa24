<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Storage;

use OCA\VideoVerification\Demo\Talk\Model\Room;
use OCA\VideoVerification\Demo\Talk\RoomNotFound;

final class RoomStore {
	public function __construct(
		private readonly TalkTables $tables,
	) {
	}

	public function create(string $token, int $type, string $name, string $objectType, string $objectId, int $now): Room {
		$db = $this->tables->db();
		$db->execute(
			'INSERT INTO talk_rooms (token, type, name, object_type, object_id, last_activity) VALUES (?, ?, ?, ?, ?, ?)',
			[$token, $type, $name, $objectType, $objectId, $now],
		);
		return $this->byToken($token);
	}

	/**
	 * @throws RoomNotFound
	 */
	public function byToken(string $token): Room {
		$rows = $this->tables->db()->select('SELECT * FROM talk_rooms WHERE token = ?', [$token]);
		if ($rows === []) {
			throw new RoomNotFound($token);
		}
		return self::fromRow($rows[0]);
	}

	public function exists(int $roomId): bool {
		return $this->tables->db()->select('SELECT id FROM talk_rooms WHERE id = ?', [$roomId]) !== [];
	}

	public function tokenExists(string $token): bool {
		return $this->tables->db()->select('SELECT id FROM talk_rooms WHERE token = ?', [$token]) !== [];
	}

	public function setCall(int $roomId, int $callFlag, int $callStartTime, int $now): void {
		$this->tables->db()->execute(
			'UPDATE talk_rooms SET call_flag = ?, call_start_time = ?, last_activity = ? WHERE id = ?',
			[$callFlag, $callStartTime, $now, $roomId],
		);
	}

	public function setRecordingConsent(int $roomId, int $recordingConsent): void {
		$this->tables->db()->execute('UPDATE talk_rooms SET recording_consent = ? WHERE id = ?', [$recordingConsent, $roomId]);
	}

	/**
	 * In one transaction: a long poll must never see the sessions gone while the room is still
	 * there, which would answer it 409 (session replaced) instead of 404 (room deleted).
	 */
	public function delete(int $roomId): void {
		$db = $this->tables->db();
		$db->pdo()->beginTransaction();
		try {
			$db->execute('DELETE FROM talk_signaling WHERE room_id = ?', [$roomId]);
			$db->execute('DELETE FROM talk_sessions WHERE room_id = ?', [$roomId]);
			$db->execute('DELETE FROM talk_attendees WHERE room_id = ?', [$roomId]);
			$db->execute('DELETE FROM talk_rooms WHERE id = ?', [$roomId]);
			$db->pdo()->commit();
		} catch (\Throwable $e) {
			$db->pdo()->rollBack();
			throw $e;
		}
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private static function fromRow(array $row): Room {
		return new Room(
			(int)$row['id'],
			(string)$row['token'],
			(int)$row['type'],
			(string)$row['name'],
			(string)$row['object_type'],
			(string)$row['object_id'],
			(int)$row['call_flag'],
			(int)$row['call_start_time'],
			(int)$row['last_activity'],
			(int)($row['recording_consent'] ?? 0),
		);
	}
}
