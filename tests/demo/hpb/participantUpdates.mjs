/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * The `participants` `update` events the signaling server builds from Talk's `incall` and
 * `participants` requests (nextcloud-spreed-signaling 6046e47: server/backend_server.go
 * fixupUserSessions, sendRoomIncall, sendRoomParticipantsUpdate; server/room.go
 * PublishUsersInCallChanged, PublishUsersChanged, filterPermissions; api/signaling.go
 * RoomEventServerMessage).
 */

/** backend_server.go sessionIdNotInMeeting: Talk's session id of a participant without a session. */
const NOT_IN_MEETING = '0'

/**
 * backend_server.go fixupUserSessions: each entry's Talk session id (`sessionId`) replaced by
 * the signaling session id of the session that joined with it; entries without a session id,
 * with "0" or with no such session are dropped. room.go filterPermissions then strips
 * `permissions`. The entries are copies: Talk's request stays as it came.
 *
 * @param {unknown} entries Talk's `changed` or `users`
 * @param {(talkSessionId: string) => string | undefined} signalingSessionOf the lookup
 * @return {object[]}
 */
export function fixupUserSessions(entries, signalingSessionOf) {
	if (!Array.isArray(entries)) {
		return []
	}
	const result = []
	for (const entry of entries) {
		if (typeof entry !== 'object' || entry === null || typeof entry.sessionId !== 'string' || entry.sessionId === NOT_IN_MEETING) {
			continue
		}
		const sessionId = signalingSessionOf(entry.sessionId)
		if (sessionId === undefined) {
			continue
		}
		const visible = { ...entry, sessionId }
		delete visible.permissions
		result.push(visible)
	}
	return result
}

/**
 * The event as room.go publishes it: `changed` and `users` side by side, each left out when
 * empty (`omitempty` on RoomEventServerMessage).
 *
 * @param {string} roomId the room
 * @param {object[]} changed the fixed-up `changed`
 * @param {object[]} users the fixed-up `users`
 * @return {object}
 */
export function participantsUpdateEvent(roomId, changed, users) {
	return {
		type: 'event',
		event: {
			target: 'participants',
			type: 'update',
			update: {
				roomid: roomId,
				...(changed.length > 0 ? { changed } : {}),
				...(users.length > 0 ? { users } : {}),
			},
		},
	}
}
