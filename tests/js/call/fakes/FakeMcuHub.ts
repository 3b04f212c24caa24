/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** A signaling hub session, as far as an MCU (our SFU or Janus) reads it. */
export interface Session { id: string, roomId: string, inCall: number, permissions: string[] | null, userId: string }

/** What an MCU hands the hub to deliver to a client. */
export interface Delivered { type: string, error?: { code: string }, message?: { sender: { sessionid: string, userid?: string }, data: { type: string, to: string, from: string, sid: string, roomType: string, payload: { type?: string, sdp?: string, candidate?: unknown } } } }

/**
 * The part of the signaling hub an MCU uses: its sessions and delivery to one of them, recorded.
 *
 * @param sessions - the hub's sessions
 */
export function fakeHub(...sessions: Session[]) {
	const delivered: { to: string, message: Delivered }[] = []
	return {
		sessions: new Map(sessions.map((session) => [session.id, session])),
		deliver: (session: Session, message: Delivered) => delivered.push({ to: session.id, message }),
		delivered,
	}
}

/**
 * A session in room1, in the call with audio and video, with default permissions
 *
 * @param id - its session id
 * @param overrides - what differs
 */
export function session(id: string, overrides: Partial<Session> = {}): Session {
	return { id, roomId: 'room1', inCall: 7, permissions: null, userId: '', ...overrides }
}
