/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Handler } from '../Emitter.ts'
import type { SignalingSettings } from '../talkApi.ts'

/**
 * What a call needs from a signaling channel to Talk. The internal (long-poll) implementation and
 * the High Performance Backend's WebSocket implementation both provide it, so the call logic
 * never knows which one carries its messages.
 */

export type RoomType = 'video' | 'screen'

/**
 * A message between call participants, in the shape Talk's clients exchange
 * (`{to, sid, roomType, type, payload}`); `from` is set by the transport on receipt.
 */
export interface CallMessage {
	to?: string
	from?: string
	sid?: string
	roomType?: RoomType
	type: string
	payload?: unknown
}

/** A message we send: always addressed. */
export type OutgoingCallMessage = CallMessage & { to: string }

/** One session of the room as the signaling channel knows it. */
export interface SignalingParticipant {
	/** The signaling session id: what messages are addressed to and the offer rule compares. */
	sessionId: string
	inCall: number
	/** The Talk (Nextcloud) session id when it differs from `sessionId` (external signaling). */
	nextcloudSessionId?: string
	actorType?: string
	actorId?: string
	userId?: string
	/** A server-internal client (external signaling), never a call partner. */
	internal?: boolean
}

export type SessionGoneReason
/** The conversation was deleted or we were removed from it (Talk 404/403). */
	= | 'deleted'
	/** Our session was replaced by another one of the same visitor (Talk 409). */
		| 'duplicate'
	/** A moderator removed us from the conversation (external signaling `disinvite`). */
		| 'removed'

export type SignalingConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed'

export interface SignalingEvents {
	/** The complete list of known sessions of the room, after every change. */
	participants: { participants: SignalingParticipant[] }
	/** A call message from another session (`from` is set). */
	message: CallMessage
	/** Our session ended on the server; no retry will help. */
	sessionGone: { reason: SessionGoneReason }
	/** Transport health; `reconnecting` while requests fail and are retried. */
	connectionState: { state: SignalingConnectionState }
	/** A failure; when `fatal` the channel has stopped. */
	error: { error: Error, fatal: boolean }
}

export interface Signaling {
	readonly mode: 'internal' | 'external'
	/** Our signaling session id; null until `connect` resolved. */
	readonly ownSessionId: string | null

	/**
	 * Server features (external signaling's `mcu`, …); internal signaling has none.
	 *
	 * @param feature the feature id
	 */
	hasFeature(feature: string): boolean

	/** Join the room on the signaling channel; resolves when the call may be joined. */
	connect(): Promise<void>

	/**
	 * Join the call through Talk's REST API in the order the transport needs
	 * (external signaling: after the room join was confirmed), then receive call traffic.
	 *
	 * @param flags in-call flags
	 * @param silent join without notifying others
	 * @param recordingConsent the caller agreed to be recorded (also for any rejoin)
	 */
	joinCall(flags: number, silent?: boolean, recordingConsent?: boolean): Promise<void>

	/** Leave the call through Talk's REST API. */
	leaveCall(): Promise<void>

	/**
	 * Queue a call message for another session.
	 *
	 * @param message the message, `to` set
	 */
	sendCallMessage(message: OutgoingCallMessage): void

	/** Leave the room on the signaling channel and stop all traffic; idempotent. */
	disconnect(): Promise<void>

	on<Name extends keyof SignalingEvents>(event: Name, handler: Handler<SignalingEvents[Name]>): () => void
	off<Name extends keyof SignalingEvents>(event: Name, handler: Handler<SignalingEvents[Name]>): void
}

/** What a signaling implementation is created from. */
export interface SignalingContext {
	/** The room token. */
	token: string
	/** The Talk session id from joining the room. */
	sessionId: string
	settings: SignalingSettings
}

export type SignalingFactory = (context: SignalingContext) => Signaling
