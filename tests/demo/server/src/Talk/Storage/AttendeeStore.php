<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Talk\Storage;

use OCA\VideoVerification\Demo\Talk\Model\Attendee;

final class AttendeeStore {
	public function __construct(
		private readonly TalkTables $tables,
	) {
	}

	public function add(int $roomId, string $actorType, string $actorId, string $displayName, int $participantType): Attendee {
		$db = $this->tables->db();
		$db->execute(
			'INSERT INTO talk_attendees (room_id, actor_type, actor_id, display_name, participant_type) VALUES (?, ?, ?, ?, ?)',
			[$roomId, $actorType, $actorId, $displayName, $participantType],
		);
		return $this->byId($db->lastInsertId());
	}

	public function byId(int $id): ?Attendee {
		$rows = $this->tables->db()->select('SELECT * FROM talk_attendees WHERE id = ?', [$id]);
		return $rows === [] ? null : self::fromRow($rows[0]);
	}

	public function byActor(int $roomId, string $actorType, string $actorId): ?Attendee {
		$rows = $this->tables->db()->select('SELECT * FROM talk_attendees WHERE room_id = ? AND actor_type = ? AND actor_id = ?', [$roomId, $actorType, $actorId]);
		return $rows === [] ? null : self::fromRow($rows[0]);
	}

	/**
	 * @return list<Attendee>
	 */
	public function inRoom(int $roomId): array {
		return array_map(self::fromRow(...), $this->tables->db()->select('SELECT * FROM talk_attendees WHERE room_id = ? ORDER BY id', [$roomId]));
	}

	public function count(int $roomId): int {
		return (int)$this->tables->db()->select('SELECT COUNT(*) AS n FROM talk_attendees WHERE room_id = ?', [$roomId])[0]['n'];
	}

	public function delete(int $id): void {
		$this->tables->db()->execute('DELETE FROM talk_attendees WHERE id = ?', [$id]);
	}

	public function rename(int $id, string $displayName): void {
		$this->tables->db()->execute('UPDATE talk_attendees SET display_name = ? WHERE id = ?', [$displayName, $id]);
	}

	/**
	 * @param array<string, mixed> $row
	 */
	private static function fromRow(array $row): Attendee {
		return new Attendee((int)$row['id'], (int)$row['room_id'], (string)$row['actor_type'], (string)$row['actor_id'], (string)$row['display_name'], (int)$row['participant_type']);
	}
}
