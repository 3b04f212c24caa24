/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Signaling, SignalingEvents, SignalingFactory } from './signaling/Signaling.ts'
import type { JoinedRoom } from './talkApi.ts'

import { UnsupportedSignalingError } from './errors.ts'
import { hasTurnServers, iceServersFromSettings } from './iceServers.ts'
import { ExternalSignaling } from './signaling/ExternalSignaling.ts'
import { InternalSignaling } from './signaling/InternalSignaling.ts'
import {
	createVerificationRoom,
	getSignalingSettings,
	joinRoom,
	leaveOnPageUnload,
	leaveRoom,
	updateCallFlags,
} from './talkApi.ts'

/**
 * Our place in Talk's video-verification room, joined in Talk's order: the room, then the
 * signaling Talk's settings pick (its internal signaling or the High Performance Backend's
 * WebSocket), then the call; left in that order too, each step at most once.
 */

export type SignalingFactories = { internal?: SignalingFactory, external?: SignalingFactory }

/** What the call hears from the signaling channel. */
export type SignalingHandlers = { [Event in keyof SignalingEvents]: (event: SignalingEvents[Event]) => void }

/** What the signaling settings tell the call's media connections. */
export interface SignalingChoice {
	iceServers: RTCIceServer[]
	/** Whether Talk configured a TURN server. */
	hasTurn: boolean
}

const createInternalSignaling: SignalingFactory = ({ token, sessionId }) => new InternalSignaling({ token, sessionId })
const createExternalSignaling: SignalingFactory = ({ token, sessionId, settings }) => new ExternalSignaling({ token, sessionId, settings })

export class TalkRoomMembership {
	readonly #factories: SignalingFactories
	#token: string | null = null
	#roomJoined = false
	#callJoined = false
	#signaling: Signaling | null = null
	#unsubscribers: (() => void)[] = []
	#flags = 0

	constructor(factories: SignalingFactories = {}) {
		this.#factories = factories
	}

	/** Talk's room token, once created. */
	get token(): string | null {
		return this.#token
	}

	get signaling(): Signaling | null {
		return this.#signaling
	}

	get callJoined(): boolean {
		return this.#callJoined
	}

	/** The in-call flags we last gave Talk. */
	get flags(): number {
		return this.#flags
	}

	/**
	 * Create (or find) the share's video-verification room.
	 *
	 * @param shareToken the public share's token
	 */
	async createRoom(shareToken: string): Promise<void> {
		const room = await createVerificationRoom(shareToken)
		this.#token = room.token
	}

	async joinRoom(): Promise<JoinedRoom> {
		const joined = await joinRoom(this.#token as string)
		this.#roomJoined = true
		return joined
	}

	/**
	 * Open the signaling Talk's settings name and connect it.
	 *
	 * @param sessionId our Talk session from the room join
	 * @param handlers what to do with its events
	 */
	async openSignaling(sessionId: string, handlers: SignalingHandlers): Promise<SignalingChoice> {
		const token = this.#token as string
		const settings = await getSignalingSettings(token)
		const choice = { iceServers: iceServersFromSettings(settings), hasTurn: hasTurnServers(settings) }
		const factory = settings.signalingMode === 'internal'
			? this.#factories.internal ?? createInternalSignaling
			: settings.signalingMode === 'external' ? this.#factories.external ?? createExternalSignaling : undefined
		if (factory === undefined) {
			throw new UnsupportedSignalingError(settings.signalingMode)
		}
		const signaling = factory({ token, sessionId, settings })
		this.#signaling = signaling
		this.#unsubscribers = [
			signaling.on('participants', handlers.participants),
			signaling.on('message', handlers.message),
			signaling.on('sessionGone', handlers.sessionGone),
			signaling.on('connectionState', handlers.connectionState),
			signaling.on('error', handlers.error),
		]
		await signaling.connect()
		return choice
	}

	/**
	 * Join the call silently: Talk then sends no call notification of its own; ours, which rings
	 * the sharer with the caller's name, code and "Answer call", is the only one.
	 *
	 * @param flags our in-call flags (which devices we have)
	 * @param recordingConsent whether we consent to recording
	 */
	async joinCall(flags: number, recordingConsent: boolean): Promise<void> {
		this.#flags = flags
		await (this.#signaling as Signaling).joinCall(flags, true, recordingConsent)
		this.#callJoined = true
	}

	/**
	 * Tell Talk which devices we have now, when that changed.
	 *
	 * @param flags our in-call flags
	 */
	updateFlags(flags: number): void {
		if (this.#callJoined && this.#token !== null && flags !== this.#flags) {
			this.#flags = flags
			updateCallFlags(this.#token, flags).catch(() => {})
		}
	}

	/** Our Talk session is gone with the room: there is no call or room left to leave. */
	sessionGone(): void {
		this.#callJoined = false
		this.#roomJoined = false
	}

	/**
	 * Leave in Talk's order: call, signaling, room. A step that fails does not keep the next
	 * from running.
	 *
	 * @param roomGone the room is gone: only the signaling is left to close
	 */
	async leave(roomGone: boolean): Promise<void> {
		const token = this.#token
		const signaling = this.#signaling
		const leaveCall = this.#callJoined && !roomGone
		const leaveTalkRoom = this.#roomJoined && !roomGone
		this.#callJoined = false
		this.#roomJoined = false
		if (leaveCall && signaling !== null) {
			await signaling.leaveCall().catch(() => {})
		}
		if (signaling !== null) {
			this.#unsubscribers.forEach((off) => off())
			this.#unsubscribers = []
			await signaling.disconnect().catch(() => {})
		}
		if (leaveTalkRoom && token !== null) {
			await leaveRoom(token).catch(() => {})
		}
	}

	/** The page goes away: leave with a request that outlives it, if there is anything to leave. */
	leaveOnUnload(): void {
		if (this.#token !== null && (this.#callJoined || this.#roomJoined)) {
			leaveOnPageUnload(this.#token)
		}
		this.#callJoined = false
		this.#roomJoined = false
	}
}
