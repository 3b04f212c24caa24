/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingSettings } from '../talkApi.ts'
import type { Timers } from '../timers.ts'
import type { ServerMessage, WebSocketFactory, WebSocketLike } from './externalProtocol.ts'
import type {
	OutgoingCallMessage,
	Signaling,
	SignalingEvents,
} from './Signaling.ts'

import { generateOcsUrl } from '@nextcloud/router'
import { Emitter } from '../Emitter.ts'
import { getSignalingSettings } from '../talkApi.ts'
import { browserTimers } from '../timers.ts'
import { CallJoin } from './CallJoin.ts'
import { callMessageOf, parseServerMessage, signalingSocketUrl, SOCKET_OPEN } from './externalProtocol.ts'
import { ExternalSignalingError } from './ExternalSignalingError.ts'
import { HelloHandshake } from './HelloHandshake.ts'
import { PendingRequests } from './PendingRequests.ts'
import { ReconnectBackoff } from './ReconnectBackoff.ts'
import { ServerParticipants } from './ServerParticipants.ts'

export interface ExternalSignalingOptions {
	token: string
	/** The Talk session id from joining the room: the room join on the signaling server names it. */
	sessionId: string
	settings: SignalingSettings
	createSocket?: WebSocketFactory
	/** Fresh settings (a new hello token) for a new hello after the first one. */
	fetchSettings?: (token: string) => Promise<SignalingSettings>
	/** The `auth.url` of hello: Talk's signaling backend of this Nextcloud. */
	backendUrl?: string
	timers?: Timers
	random?: () => number
	log?: (message: string) => void
	/** Talk's web client waits up to 3 s for `welcome` before a hello v2. */
	welcomeTimeoutMs?: number
	/** How long hello, room and bye may stay unanswered. */
	requestTimeoutMs?: number
	/** Reconnect backoff: Talk's web client starts at 1 s and doubles up to 16 s, jittered. */
	reconnectInitialMs?: number
	reconnectMaxMs?: number
	/** After a dropped socket: give up when it could not be restored within this time. */
	reconnectGiveUpMs?: number
}

/**
 * Talk's external signaling: the WebSocket protocol of the standalone signaling server
 * (High Performance Backend), as Talk's web client speaks it (`Signaling.Standalone`).
 * Without an MCU the call's WebRTC messages are relayed to the other session unchanged.
 */
export class ExternalSignaling extends Emitter<SignalingEvents> implements Signaling {
	readonly mode = 'external'
	readonly #token: string
	readonly #talkSessionId: string
	readonly #createSocket: WebSocketFactory
	readonly #timers: Timers
	readonly #log: (message: string) => void
	readonly #backoff: ReconnectBackoff

	readonly #hello: HelloHandshake
	#socket: WebSocketLike | null = null
	readonly #requests: PendingRequests
	readonly #queue: string[] = []
	#ready = false
	#everReady = false
	#closed = false
	/** Saying bye: the server closes the socket, which is no loss to recover from. */
	#leaving = false
	#attempting = false
	readonly #callJoin: CallJoin
	#lastFailure: Error | null = null
	readonly #participants = new ServerParticipants()
	readonly #loggedTypes = new Set<string>()

	constructor(options: ExternalSignalingOptions) {
		super()
		this.#token = options.token
		this.#callJoin = new CallJoin(options.token)
		this.#talkSessionId = options.sessionId
		this.#createSocket = options.createSocket ?? ((url) => new WebSocket(url))
		this.#timers = options.timers ?? browserTimers
		// eslint-disable-next-line no-console -- protocol oddities are for developers, not for the UI
		this.#log = options.log ?? ((message) => console.warn(message))
		this.#requests = new PendingRequests(this.#timers, options.requestTimeoutMs ?? 15_000)
		this.#hello = new HelloHandshake({
			token: options.token,
			settings: options.settings,
			fetchSettings: options.fetchSettings ?? getSignalingSettings,
			backendUrl: options.backendUrl ?? generateOcsUrl('apps/spreed/api/v3/signaling/backend'),
			requests: this.#requests,
			timers: this.#timers,
			welcomeTimeoutMs: options.welcomeTimeoutMs ?? 3000,
		})
		this.#backoff = new ReconnectBackoff(this.#timers, {
			initialMs: options.reconnectInitialMs ?? 1000,
			maxMs: options.reconnectMaxMs ?? 16_000,
			giveUpMs: options.reconnectGiveUpMs ?? 30_000,
			random: options.random ?? Math.random,
		})
	}

	get ownSessionId(): string | null {
		return this.#everReady ? this.#hello.sessionId : null
	}

	hasFeature(feature: string): boolean {
		return this.#hello.hasFeature(feature)
	}

	async connect(): Promise<void> {
		if (this.#closed) {
			throw new Error('Signaling was closed')
		}
		if (this.#everReady) {
			return
		}
		this.emit('connectionState', { state: 'connecting' })
		this.#attempting = true
		try {
			await this.#establish()
		} catch (error) {
			this.#stop()
			this.emit('connectionState', { state: 'closed' })
			throw error
		} finally {
			this.#attempting = false
		}
		this.#everReady = true
		this.#becameReady()
	}

	async joinCall(flags: number, silent = false, recordingConsent = false): Promise<void> {
		await this.#callJoin.join(flags, silent, recordingConsent)
	}

	async leaveCall(): Promise<void> {
		await this.#callJoin.leave()
	}

	sendCallMessage(message: OutgoingCallMessage): void {
		if (this.#closed) {
			return
		}
		const frame = message.type === 'control'
			? { type: 'control', control: { recipient: { type: 'session', sessionid: message.to }, data: message.payload } }
			: { type: 'message', message: { recipient: { type: 'session', sessionid: message.to }, data: message } }
		const text = JSON.stringify(frame)
		if (this.#ready) {
			this.#socket?.send(text)
		} else {
			this.#queue.push(text)
		}
	}

	async disconnect(): Promise<void> {
		if (this.#closed) {
			return
		}
		this.#leaving = true
		const socket = this.#socket
		if (socket !== null && socket.readyState === SOCKET_OPEN && this.#hello.sessionId !== null) {
			// A clean bye ends the session at once (no 30 s parking) and makes the server leave the room.
			await this.#requests.send(socket, 'bye', {}).catch(() => {})
		}
		this.#stop()
		this.emit('connectionState', { state: 'closed' })
	}

	/** Open a socket, say hello (resume when possible) and, for a new session, join the room. */
	async #establish(): Promise<void> {
		const socket = await this.#open()
		const previous = this.#hello.sessionId
		const resumed = await this.#hello.run(socket)
		if (!resumed) {
			if (previous !== null && previous !== this.#hello.sessionId) {
				this.#participants.left([previous])
			}
			await this.#joinRoom(socket)
			// A new session is a new participant for Talk: join the call again with it.
			this.#callJoin.sessionReplaced()
		}
		await this.#callJoin.rejoinIfPending()
	}

	#open(): Promise<WebSocketLike> {
		const server = this.#hello.server
		const url = signalingSocketUrl(server)
		return new Promise((resolve, reject) => {
			let socket: WebSocketLike
			try {
				socket = this.#createSocket(url)
			} catch (error) {
				reject(new ExternalSignalingError('connection_failed', `cannot open ${url}: ${(error as Error).message}`, 'connection'))
				return
			}
			this.#socket = socket
			this.#hello.socketOpening()
			let opened = false
			socket.addEventListener('open', () => {
				opened = true
				resolve(socket)
			})
			socket.addEventListener('message', (event) => socket === this.#socket && this.#onFrame(event.data))
			socket.addEventListener('close', () => {
				if (!opened) {
					reject(new ExternalSignalingError('connection_failed', `no connection to ${url}`, 'connection'))
				}
				this.#onSocketClosed(socket)
			})
			socket.addEventListener('error', () => {
				// A close event follows every error.
			})
		})
	}

	async #joinRoom(socket: WebSocketLike): Promise<void> {
		try {
			await this.#requests.send(socket, 'room', { roomid: this.#token, sessionid: this.#talkSessionId })
		} catch (error) {
			if (error instanceof ExternalSignalingError && error.code === 'already_joined') {
				return
			}
			throw error
		}
	}

	#onFrame(data: unknown): void {
		const message = parseServerMessage(data)
		if (message === null) {
			this.#logOnce('unparsable', 'Signaling server sent a frame that is not a JSON message; ignored')
			return
		}
		if (this.#requests.settle(message)) {
			return
		}
		switch (message.type) {
			case 'welcome':
				this.#hello.welcomed(message.welcome?.features ?? [])
				break
			case 'event':
				this.#onEvent(message.event ?? {})
				break
			case 'message':
			case 'control':
				this.#onCallMessage(message)
				break
			case 'room':
				if (this.#everReady && message.room?.roomid === '') {
					// The conversation was deleted or we were removed from it.
					this.#stop()
					this.emit('sessionGone', { reason: 'deleted' })
				}
				break
			case 'bye':
				this.#onBye(message.bye?.reason ?? '')
				break
			case 'error':
				this.#log(`Signaling server error: ${message.error?.code ?? 'unknown'} ${message.error?.message ?? ''}`)
				break
			case 'transient':
				break
			default:
				this.#logOnce(`type:${message.type}`, `Signaling server sent an unknown message type "${message.type}"; ignored`)
		}
	}

	#onCallMessage(message: ServerMessage): void {
		const callMessage = callMessageOf(message)
		if (callMessage !== null) {
			this.emit('message', callMessage)
		}
	}

	#onEvent(event: NonNullable<ServerMessage['event']>): void {
		const kind = `${event.target}/${event.type}`
		switch (kind) {
			case 'room/join':
				this.#participants.joined(event.join ?? [], { sessionId: this.#hello.sessionId, callFlags: this.#callJoin.flags })
				break
			case 'room/leave':
				this.#participants.left(event.leave ?? [])
				break
			case 'participants/update':
				this.#participants.updated(event.update ?? {})
				break
			case 'roomlist/disinvite':
				this.#onDisinvite(event.disinvite)
				return
			case 'room/message':
			case 'roomlist/update':
			case 'roomlist/invite':
			case 'participants/flags':
				return
			default:
				this.#logOnce(`event:${kind}`, `Signaling server sent an unknown event "${kind}"; ignored`)
				return
		}
		this.#emitParticipants()
	}

	/**
	 * Talk took us out of the room (our session or our user was removed) or deleted it. The
	 * server closes our session and socket right after this message (api/signaling.go
	 * CloseAfterSend): nothing to resume. Talk's web client treats it as a deleted session.
	 *
	 * @param disinvite the event's `disinvite`
	 */
	#onDisinvite(disinvite: NonNullable<ServerMessage['event']>['disinvite']): void {
		if (!this.#everReady || disinvite?.roomid !== this.#token) {
			return
		}
		this.#stop()
		this.emit('sessionGone', { reason: disinvite.reason === 'deleted' ? 'deleted' : 'removed' })
	}

	#emitParticipants(): void {
		this.emit('participants', { participants: this.#participants.list() })
	}

	#onBye(reason: string): void {
		this.#stop()
		if (reason === 'room_session_reconnected' || reason === 'session_resumed') {
			this.emit('sessionGone', { reason: 'duplicate' })
			return
		}
		this.emit('error', { error: new ExternalSignalingError('bye', `the server ended the session (${reason || 'no reason'})`, 'session'), fatal: true })
		this.emit('connectionState', { state: 'closed' })
	}

	#onSocketClosed(socket: WebSocketLike): void {
		if (socket !== this.#socket) {
			return
		}
		this.#socket = null
		this.#ready = false
		this.#requests.rejectAll(new ExternalSignalingError('connection_failed', 'the connection was closed', 'connection'))
		if (this.#closed || this.#leaving || this.#attempting || !this.#everReady) {
			// A running attempt fails through its own promise; nothing to restore before the first success.
			return
		}
		this.#connectionLost()
	}

	#connectionLost(): void {
		if (!this.#backoff.recovering) {
			this.emit('connectionState', { state: 'reconnecting' })
		}
		this.#backoff.next(() => void this.#reconnect(), () => this.#giveUp())
	}

	async #reconnect(): Promise<void> {
		if (this.#closed) {
			return
		}
		this.#attempting = true
		try {
			await this.#establish()
		} catch (error) {
			this.#attempting = false
			if (this.#closed) {
				return
			}
			this.#lastFailure = error instanceof Error ? error : new Error(String(error))
			const socket = this.#socket
			this.#socket = null
			socket?.close(1000)
			this.#connectionLost()
			return
		}
		this.#attempting = false
		if (this.#closed) {
			return
		}
		this.#backoff.succeeded()
		this.#lastFailure = null
		this.#becameReady()
	}

	#giveUp(): void {
		if (this.#closed) {
			return
		}
		const last = this.#lastFailure === null ? '' : ` (last: ${this.#lastFailure.message})`
		this.#stop()
		this.emit('error', {
			error: new ExternalSignalingError('reconnect_failed', `the connection could not be restored within ${this.#backoff.giveUpMs / 1000} s${last}`, 'connection'),
			fatal: true,
		})
		this.emit('connectionState', { state: 'closed' })
	}

	#becameReady(): void {
		this.#ready = true
		this.emit('connectionState', { state: 'connected' })
		const queued = this.#queue.splice(0)
		for (const text of queued) {
			this.#socket?.send(text)
		}
	}

	#stop(): void {
		this.#closed = true
		this.#ready = false
		this.#backoff.cancel()
		this.#requests.rejectAll(new ExternalSignalingError('connection_failed', 'signaling was closed', 'connection'))
		this.#queue.length = 0
		const socket = this.#socket
		this.#socket = null
		socket?.close(1000)
	}

	#logOnce(key: string, message: string): void {
		if (!this.#loggedTypes.has(key)) {
			this.#loggedTypes.add(key)
			this.#log(message)
		}
	}
}
