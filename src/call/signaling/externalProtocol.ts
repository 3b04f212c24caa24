/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import type { CallMessage } from './Signaling.ts'

/**
 * Message shapes of the standalone signaling server's API v1 ("High Performance Backend"),
 * reduced to what a call client reads, and the URL rule of Talk's web client.
 */

/** The part of the browser's WebSocket the client uses (injectable for tests). */
export interface WebSocketLike {
	readonly readyState: number
	send(data: string): void
	close(code?: number, reason?: string): void
	addEventListener(type: 'open' | 'close' | 'error', listener: (event: Event) => void): void
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

export type WebSocketFactory = (url: string) => WebSocketLike

export const SOCKET_OPEN = 1

export interface ServerError {
	code: string
	message?: string
	details?: unknown
}

/** One entry of a room `join` event. */
export interface JoinedSession {
	sessionid: string
	userid?: string
	roomsessionid?: string
}

/** One entry of a participants `update` event, as Talk sends it through the server. */
export interface ParticipantEntry {
	sessionId?: string
	nextcloudSessionId?: string
	inCall?: number | boolean
	actorType?: string
	actorId?: string
	userId?: string
	internal?: boolean
}

export interface ServerMessage {
	id?: string
	type: string
	welcome?: { version?: string, features?: string[] }
	hello?: { sessionid: string, resumeid: string, userid?: string, server?: { features?: string[] } }
	room?: { roomid: string, properties?: unknown }
	bye?: { reason?: string }
	error?: ServerError
	message?: { sender?: { type?: string, sessionid?: string }, data?: unknown }
	control?: { sender?: { type?: string, sessionid?: string }, data?: unknown }
	event?: {
		target?: string
		type?: string
		join?: JoinedSession[]
		leave?: string[]
		/** roomlist `disinvite`: the room we are no longer in; reason `disinvited` or `deleted`. */
		disinvite?: { roomid?: string, reason?: string }
		update?: { roomid?: string, users?: ParticipantEntry[], changed?: ParticipantEntry[], incall?: number, all?: boolean }
	}
}

/**
 * The WebSocket URL from Talk's `server` setting, as Talk's web client builds it:
 * http(s) → ws(s), one trailing slash removed, `/spreed` appended.
 *
 * @param server the `server` value of the signaling settings
 */
export function signalingSocketUrl(server: string): string {
	return server
		.replace(/^http(s?):\/\//, 'ws$1://')
		.replace(/\/$/, '') + '/spreed'
}

/**
 * @param data a server frame
 */
export function parseServerMessage(data: unknown): ServerMessage | null {
	if (typeof data !== 'string') {
		return null
	}
	try {
		const parsed = JSON.parse(data) as unknown
		return typeof parsed === 'object' && parsed !== null && typeof (parsed as ServerMessage).type === 'string'
			? parsed as ServerMessage
			: null
	} catch {
		return null
	}
}

/**
 * The call message a `message` or `control` frame carries (its data may come as a JSON
 * string), with the sender's session; null when it carries none
 *
 * @param message a `message` or `control` frame
 */
export function callMessageOf(message: ServerMessage): CallMessage | null {
	const envelope = message.type === 'control' ? message.control : message.message
	const from = envelope?.sender?.sessionid
	let data = envelope?.data
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data) as unknown
		} catch {
			return null
		}
	}
	if (typeof from !== 'string' || typeof data !== 'object' || data === null) {
		return null
	}
	const callMessage: CallMessage = message.type === 'control'
		? { type: 'control', payload: data, from }
		: { ...(data as CallMessage), from }
	return typeof callMessage.type === 'string' ? callMessage : null
}
