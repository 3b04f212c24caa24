/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PulledSignalingMessage, SignalingSession } from '../talkApi.ts'
import type { TimerId, Timers } from '../timers.ts'
import type {
	CallMessage,
	OutgoingCallMessage,
	Signaling,
	SignalingEvents,
	SignalingParticipant,
} from './Signaling.ts'

import { Emitter } from '../Emitter.ts'
import { TalkApiError } from '../errors.ts'
import {
	joinCall,
	leaveCall,
	pullSignalingMessages,
	sendSignalingMessages,
} from '../talkApi.ts'
import { browserTimers } from '../timers.ts'

export interface InternalSignalingOptions {
	token: string
	/** The Talk session id; internal signaling uses it as the signaling session id. */
	sessionId: string
	timers?: Timers
	/** Talk's web client batches sends every 500 ms; here the tick only resends a batch whose POST failed. */
	sendIntervalMs?: number
	/** Talk's web client waits 10 s after a failed pull. */
	pullRetryDelayMs?: number
	/** Talk's web client gives up after 30 failed pulls in a row (5 minutes). */
	maxPullFailures?: number
}

/** One queued item, exactly as Talk's web client posts it. */
interface QueuedMessage {
	ev: 'message'
	fn: string
	sessionId: string
}

/**
 * Talk's internal signaling: a long-poll receive loop and batched sends over the OCS API.
 */
export class InternalSignaling extends Emitter<SignalingEvents> implements Signaling {
	readonly mode = 'internal'
	readonly #token: string
	readonly #sessionId: string
	readonly #timers: Timers
	readonly #sendIntervalMs: number
	#flushScheduled = false
	readonly #pullRetryDelayMs: number
	readonly #maxPullFailures: number

	#connected = false
	#pulling = false
	#closed = false
	#pullAbort: AbortController | null = null
	#pullRetryTimer: TimerId | undefined
	#pullFailures = 0
	#sendTimer: TimerId | undefined
	#sending = false
	readonly #queue: QueuedMessage[] = []

	constructor(options: InternalSignalingOptions) {
		super()
		this.#token = options.token
		this.#sessionId = options.sessionId
		this.#timers = options.timers ?? browserTimers
		this.#sendIntervalMs = options.sendIntervalMs ?? 500
		this.#pullRetryDelayMs = options.pullRetryDelayMs ?? 10_000
		this.#maxPullFailures = options.maxPullFailures ?? 30
	}

	get ownSessionId(): string | null {
		return this.#connected ? this.#sessionId : null
	}

	hasFeature(): boolean {
		return false
	}

	async connect(): Promise<void> {
		if (this.#closed) {
			throw new Error('Signaling was closed')
		}
		if (this.#connected) {
			return
		}
		this.#connected = true
		this.#sendTimer = this.#timers.setInterval(() => this.#sendPending(), this.#sendIntervalMs)
		this.emit('connectionState', { state: 'connected' })
	}

	async joinCall(flags: number, silent = false, recordingConsent = false): Promise<void> {
		await joinCall(this.#token, flags, silent, recordingConsent)
		// The first pull starts after the join: the join makes Talk queue a participant refresh, so
		// the pull returns at once with the call's sessions, and no request delays the ring.
		this.#startPulling()
	}

	async leaveCall(): Promise<void> {
		await leaveCall(this.#token)
	}

	sendCallMessage(message: OutgoingCallMessage): void {
		if (this.#closed) {
			return
		}
		this.#queue.push({ ev: 'message', fn: JSON.stringify(message), sessionId: this.#sessionId })
		// Talk's web client waits for its 500 ms tick; we send the first message of a burst
		// at once (after this task, so an offer and its candidates share one request), which
		// takes up to half a second off every hop of the offer/answer exchange.
		if (!this.#sending && !this.#flushScheduled) {
			this.#flushScheduled = true
			this.#timers.setTimeout(() => {
				this.#flushScheduled = false
				void this.#sendPending()
			}, 0)
		}
	}

	async disconnect(): Promise<void> {
		if (this.#closed) {
			return
		}
		this.#stop()
		this.emit('connectionState', { state: 'closed' })
	}

	#stop(): void {
		this.#closed = true
		this.#pulling = false
		this.#pullAbort?.abort()
		this.#pullAbort = null
		this.#timers.clearTimeout(this.#pullRetryTimer)
		this.#timers.clearInterval(this.#sendTimer)
		this.#queue.length = 0
	}

	#startPulling(): void {
		if (this.#pulling || this.#closed) {
			return
		}
		this.#pulling = true
		void this.#pull()
	}

	async #pull(): Promise<void> {
		if (!this.#pulling) {
			return
		}
		const abort = new AbortController()
		this.#pullAbort = abort
		let messages: PulledSignalingMessage[]
		try {
			messages = await pullSignalingMessages(this.#token, abort.signal)
		} catch (error) {
			if (abort.signal.aborted || !this.#pulling) {
				return
			}
			this.#pullFailed(error)
			return
		}
		if (abort.signal.aborted || !this.#pulling) {
			return
		}
		if (this.#pullFailures > 0) {
			this.#pullFailures = 0
			this.emit('connectionState', { state: 'connected' })
		}
		for (const message of messages) {
			if (!this.#pulling) {
				return
			}
			this.#process(message)
		}
		void this.#pull()
	}

	#pullFailed(error: unknown): void {
		const status = error instanceof TalkApiError ? error.status : undefined
		if (status === 409) {
			this.#stop()
			this.emit('sessionGone', { reason: 'duplicate' })
			return
		}
		if (status === 404 || status === 403) {
			this.#stop()
			this.emit('sessionGone', { reason: 'deleted' })
			return
		}
		this.#pullFailures++
		const failure = error instanceof Error ? error : new Error(String(error))
		if (status === 400 || this.#pullFailures >= this.#maxPullFailures) {
			// 400 means Talk switched to external signaling: retrying cannot help.
			this.#stop()
			this.emit('error', { error: failure, fatal: true })
			return
		}
		if (this.#pullFailures === 1) {
			this.emit('connectionState', { state: 'reconnecting' })
			this.emit('error', { error: failure, fatal: false })
		}
		this.#pullRetryTimer = this.#timers.setTimeout(() => void this.#pull(), this.#pullRetryDelayMs)
	}

	#process(message: PulledSignalingMessage): void {
		if (message.type === 'usersInRoom' && Array.isArray(message.data)) {
			this.emit('participants', { participants: (message.data as SignalingSession[]).map(toParticipant) })
			return
		}
		if (message.type === 'message') {
			const data = parseCallMessage(message.data)
			if (data !== null) {
				this.emit('message', data)
			}
		}
	}

	async #sendPending(): Promise<void> {
		if (this.#sending || this.#queue.length === 0 || this.#closed) {
			return
		}
		this.#sending = true
		const batch = this.#queue.slice()
		let sent = false
		try {
			await sendSignalingMessages(this.#token, JSON.stringify(batch))
			this.#queue.splice(0, batch.length)
			sent = true
		} catch {
			// Kept in the queue: the next tick sends the batch again, as Talk's web client does.
		} finally {
			this.#sending = false
		}
		if (sent && this.#queue.length > 0) {
			// What queued up while this POST was in flight (the candidates gathered after an offer
			// went out) follows at once instead of on the next tick: one request at a time still.
			void this.#sendPending()
		}
	}
}

/**
 * @param session one entry of Talk's `usersInRoom`
 */
function toParticipant(session: SignalingSession): SignalingParticipant {
	return {
		sessionId: session.sessionId,
		inCall: Number(session.inCall) || 0,
		actorType: session.actorType,
		actorId: session.actorId,
		userId: session.userId,
	}
}

/**
 * @param data the `data` of a pulled `message`: a JSON string (or, leniently, an object)
 */
function parseCallMessage(data: unknown): CallMessage | null {
	let parsed: unknown = data
	if (typeof data === 'string') {
		try {
			parsed = JSON.parse(data)
		} catch {
			return null
		}
	}
	if (typeof parsed !== 'object' || parsed === null || typeof (parsed as CallMessage).type !== 'string') {
		return null
	}
	return parsed as CallMessage
}
