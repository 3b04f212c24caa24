/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { JoinedSession, ParticipantEntry, ServerMessage } from './externalProtocol.ts'
import type { SignalingParticipant } from './Signaling.ts'

type ParticipantsUpdate = NonNullable<NonNullable<ServerMessage['event']>['update']>

/** Our own signaling session and the call flags we joined the call with, if we did. */
export interface OwnSession {
	sessionId: string | null
	callFlags: number | null
}

/**
 * The room's participants as the signaling server reports them: its own `join`/`leave` events
 * for signaling sessions, and Talk's participant updates it forwards (call flags, the Nextcloud
 * session, the actor). Each entry keeps what an earlier event said until a later one changes it.
 */
export class ServerParticipants {
	readonly #participants = new Map<string, SignalingParticipant>()

	/**
	 * `room/join`: our own new session starts with the flags we joined the call with, until Talk
	 * confirms them; other new sessions are not in the call yet.
	 *
	 * @param sessions - the event's `join` entries
	 * @param own - our session and call flags
	 */
	joined(sessions: JoinedSession[], own: OwnSession): void {
		for (const joined of sessions) {
			const known = this.#participants.get(joined.sessionid)
			this.#participants.set(joined.sessionid, {
				sessionId: joined.sessionid,
				inCall: known?.inCall ?? (joined.sessionid === own.sessionId ? own.callFlags ?? 0 : 0),
				nextcloudSessionId: joined.roomsessionid ?? known?.nextcloudSessionId,
				userId: joined.userid || known?.userId,
				actorType: known?.actorType,
				actorId: known?.actorId,
			})
		}
	}

	/**
	 * `room/leave`, or our own previous session after a new hello
	 *
	 * @param sessionIds - the sessions that are gone
	 */
	left(sessionIds: string[]): void {
		for (const sessionId of sessionIds) {
			this.#participants.delete(sessionId)
		}
	}

	/**
	 * `participants/update`: the flags of everyone (`all`), or the entries in `users` and `changed`
	 *
	 * @param update - the event's `update`
	 */
	updated(update: ParticipantsUpdate): void {
		if (update.all === true) {
			for (const participant of this.#participants.values()) {
				participant.inCall = Number(update.incall ?? 0)
			}
			return
		}
		for (const entry of [...(update.users ?? []), ...(update.changed ?? [])]) {
			this.#merge(entry)
		}
	}

	/** A copy of every participant, for listeners that keep it */
	list(): SignalingParticipant[] {
		return [...this.#participants.values()].map((participant) => ({ ...participant }))
	}

	#merge(entry: ParticipantEntry): void {
		if (typeof entry.sessionId !== 'string' || entry.sessionId === '') {
			return
		}
		const known = this.#participants.get(entry.sessionId)
		this.#participants.set(entry.sessionId, {
			...known,
			sessionId: entry.sessionId,
			inCall: typeof entry.inCall === 'boolean' ? (entry.inCall ? 1 : 0) : Number(entry.inCall) || 0,
			nextcloudSessionId: entry.nextcloudSessionId ?? known?.nextcloudSessionId,
			actorType: entry.actorType ?? known?.actorType,
			actorId: entry.actorId ?? known?.actorId,
			userId: entry.userId ?? known?.userId,
			...(entry.internal === true ? { internal: true } : {}),
		})
	}
}
