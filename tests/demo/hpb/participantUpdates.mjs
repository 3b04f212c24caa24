/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * The `participants` `update` events the signaling server builds from Talk's `incall` and
 * `participants` requests (nextcloud-spreed-signaling 6046e47: server/backend_server.go
 * fixupUserSessions, sendRoomIncall, sendRoomParticipantsUpdate; server/room.go
 * PublishUsersInCallChanged, PublishUsersChanged, filterPermissions; server/clientsession.go
 * filterMessage).
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
 * The event as a client receives it: room.go PublishUsersInCallChanged / PublishUsersChanged
 * publish `changed` and `users`, and each client session's clientsession.go filterMessage
 * appends the `changed` entries whose session is not in `users` to `users` and drops `changed`
 * before sending. So a client sees one `users` list, in which who just left the call is listed
 * with its new flags.
 *
 * @param {string} roomId the room
 * @param {object[]} changed the fixed-up `changed`
 * @param {object[]} users the fixed-up `users`
 * @return {object}
 */
export function participantsUpdateEvent(roomId, changed, users) {
	const listed = new Set(users.map((entry) => entry.sessionId))
	return {
		type: 'event',
		event: {
			target: 'participants',
			type: 'update',
			update: { roomid: roomId, users: [...users, ...changed.filter((entry) => !listed.has(entry.sessionId))] },
		},
	}
}
