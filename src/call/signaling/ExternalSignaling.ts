/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingSettings } from '../talkApi.ts'
import type { TimerId, Timers } from '../timers.ts'
import type { ParticipantEntry, ServerMessage, WebSocketFactory, WebSocketLike } from './externalProtocol.ts'
import type {
	CallMessage,
	OutgoingCallMessage,
	Signaling,
	SignalingEvents,
	SignalingParticipant,
} from './Signaling.ts'

import { generateOcsUrl } from '@nextcloud/router'
import { Emitter } from '../Emitter.ts'
import { getSignalingSettings, joinCall, leaveCall } from '../talkApi.ts'
import { browserTimers } from '../timers.ts'
import { parseServerMessage, signalingSocketUrl, SOCKET_OPEN } from './externalProtocol.ts'
import { ExternalSignalingError } from './ExternalSignalingError.ts'

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

type RequestKind = 'hello' | 'room' | 'session'

interface PendingRequest {
	resolve(message: ServerMessage): void
	reject(error: Error): void
	timer: TimerId
	during: RequestKind
}

interface Deferred {
	promise: Promise<void>
	resolve(): void
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
	readonly #fetchSettings: (token: string) => Promise<SignalingSettings>
	readonly #backendUrl: string
	readonly #timers: Timers
	readonly #random: () => number
	readonly #log: (message: string) => void
	readonly #welcomeTimeoutMs: number
	readonly #requestTimeoutMs: number
	readonly #reconnectInitialMs: number
	readonly #reconnectMaxMs: number
	readonly #reconnectGiveUpMs: number

	#settings: SignalingSettings
	#helloCount = 0
	#socket: WebSocketLike | null = null
	#welcome: Deferred = deferred()
	#features = new Set<string>()
	#sessionId: string | null = null
	#resumeId: string | null = null
	#nextId = 1
	readonly #pending = new Map<string, PendingRequest>()
	readonly #queue: string[] = []
	#ready = false
	#everReady = false
	#closed = false
	/** Saying bye: the server closes the socket, which is no loss to recover from. */
	#leaving = false
	#attempting = false
	/** A new session joined the room but Talk has not confirmed its call join yet. */
	#callRejoinPending = false
	#callFlags: number | null = null
	#recordingConsent = false
	#callSilent = false
	#reconnectDelay: number
	#reconnectTimer: TimerId | undefined
	#giveUpTimer: TimerId | undefined
	#lastFailure: Error | null = null
	readonly #participants = new Map<string, SignalingParticipant>()
	readonly #loggedTypes = new Set<string>()

	constructor(options: ExternalSignalingOptions) {
		super()
		this.#token = options.token
		this.#talkSessionId = options.sessionId
		this.#settings = options.settings
		this.#createSocket = options.createSocket ?? ((url) => new WebSocket(url))
		this.#fetchSettings = options.fetchSettings ?? getSignalingSettings
		this.#backendUrl = options.backendUrl ?? generateOcsUrl('apps/spreed/api/v3/signaling/backend')
		this.#timers = options.timers ?? browserTimers
		this.#random = options.random ?? Math.random
		// eslint-disable-next-line no-console -- protocol oddities are for developers, not for the UI
		this.#log = options.log ?? ((message) => console.warn(message))
		this.#welcomeTimeoutMs = options.welcomeTimeoutMs ?? 3000
		this.#requestTimeoutMs = options.requestTimeoutMs ?? 15_000
		this.#reconnectInitialMs = options.reconnectInitialMs ?? 1000
		this.#reconnectMaxMs = options.reconnectMaxMs ?? 16_000
		this.#reconnectGiveUpMs = options.reconnectGiveUpMs ?? 30_000
		this.#reconnectDelay = this.#reconnectInitialMs
	}

	get ownSessionId(): string | null {
		return this.#everReady ? this.#sessionId : null
	}

	hasFeature(feature: string): boolean {
		return this.#features.has(feature)
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
		await joinCall(this.#token, flags, silent, recordingConsent)
		this.#callFlags = flags
		this.#callSilent = silent
		this.#recordingConsent = recordingConsent
	}

	async leaveCall(): Promise<void> {
		this.#callFlags = null
		await leaveCall(this.#token)
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
		if (socket !== null && socket.readyState === SOCKET_OPEN && this.#sessionId !== null) {
			// A clean bye ends the session at once (no 30 s parking) and makes the server leave the room.
			await this.#request(socket, 'bye', {}).catch(() => {})
		}
		this.#stop()
		this.emit('connectionState', { state: 'closed' })
	}

	/** Open a socket, say hello (resume when possible) and, for a new session, join the room. */
	async #establish(): Promise<void> {
		const socket = await this.#open()
		const resumed = await this.#hello(socket)
		if (!resumed) {
			await this.#joinRoom(socket)
			// A new session is a new participant for Talk: join the call again with it.
			this.#callRejoinPending = this.#callFlags !== null
		}
		if (this.#callRejoinPending && this.#callFlags !== null) {
			// As Talk web: the new session needs the same consent to recording (and rings nobody
			// when the first join did not)
			await joinCall(this.#token, this.#callFlags, this.#callSilent, this.#recordingConsent)
			this.#callRejoinPending = false
		}
	}

	#open(): Promise<WebSocketLike> {
		const server = this.#settings.server
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
			this.#welcome = deferred()
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

	/**
	 * @param socket the open socket
	 * @return whether the previous session was resumed
	 */
	async #hello(socket: WebSocketLike): Promise<boolean> {
		if (this.#resumeId !== null) {
			try {
				const reply = await this.#request(socket, 'hello', { version: '1.0', resumeid: this.#resumeId })
				this.#helloDone(reply)
				return true
			} catch (error) {
				if (!(error instanceof ExternalSignalingError) || error.code === 'connection_failed' || error.code === 'timeout') {
					throw error
				}
				// The session expired on the server: start a new one, as Talk's web client does.
				this.#resumeId = null
			}
		}
		if (this.#helloCount > 0) {
			this.#settings = await this.#fetchSettings(this.#token)
		}
		try {
			await this.#freshHello(socket)
		} catch (error) {
			if (!(error instanceof ExternalSignalingError) || error.code !== 'token_expired' || this.#helloCount > 1) {
				throw error
			}
			// Talk's web client fetches new settings when its hello token expired.
			this.#settings = await this.#fetchSettings(this.#token)
			await this.#freshHello(socket)
		}
		return false
	}

	async #freshHello(socket: WebSocketLike): Promise<void> {
		this.#helloCount++
		const v2Token = this.#settings.helloAuthParams?.['2.0']?.token ?? ''
		if (v2Token !== '') {
			await Promise.race([this.#welcome.promise, this.#sleep(this.#welcomeTimeoutMs)])
		}
		const v2 = v2Token !== '' && this.#features.has('hello-v2')
		const reply = await this.#request(socket, 'hello', {
			version: v2 ? '2.0' : '1.0',
			auth: {
				url: this.#backendUrl,
				params: v2 ? { token: v2Token } : this.#settings.helloAuthParams['1.0'],
			},
		})
		const previous = this.#sessionId
		this.#helloDone(reply)
		if (previous !== null && previous !== this.#sessionId) {
			this.#participants.delete(previous)
		}
	}

	#helloDone(reply: ServerMessage): void {
		const hello = reply.hello
		if (reply.type !== 'hello' || hello === undefined || typeof hello.sessionid !== 'string') {
			throw new ExternalSignalingError('invalid_reply', `unexpected answer "${reply.type}" to hello`, 'hello')
		}
		this.#sessionId = hello.sessionid
		this.#resumeId = hello.resumeid
		if (Array.isArray(hello.server?.features)) {
			this.#features = new Set(hello.server.features)
		}
	}

	async #joinRoom(socket: WebSocketLike): Promise<void> {
		try {
			await this.#request(socket, 'room', { roomid: this.#token, sessionid: this.#talkSessionId })
		} catch (error) {
			if (error instanceof ExternalSignalingError && error.code === 'already_joined') {
				return
			}
			throw error
		}
	}

	#request(socket: WebSocketLike, type: string, body: unknown): Promise<ServerMessage> {
		const id = String(this.#nextId++)
		const during: RequestKind = type === 'room' ? 'room' : type === 'hello' ? 'hello' : 'session'
		return new Promise((resolve, reject) => {
			const timer = this.#timers.setTimeout(() => {
				this.#pending.delete(id)
				reject(new ExternalSignalingError('timeout', `no answer to ${type} within ${this.#requestTimeoutMs / 1000} s`, during))
			}, this.#requestTimeoutMs)
			this.#pending.set(id, { timer, resolve, reject, during })
			socket.send(JSON.stringify({ id, type, [type]: body }))
		})
	}

	#onFrame(data: unknown): void {
		const message = parseServerMessage(data)
		if (message === null) {
			this.#logOnce('unparsable', 'Signaling server sent a frame that is not a JSON message; ignored')
			return
		}
		const pending = message.id === undefined ? undefined : this.#pending.get(message.id)
		if (pending !== undefined) {
			this.#pending.delete(message.id as string)
			this.#timers.clearTimeout(pending.timer)
			if (message.type === 'error') {
				pending.reject(new ExternalSignalingError(message.error?.code ?? 'unknown', message.error?.message ?? 'request refused', pending.during))
			} else {
				pending.resolve(message)
			}
			return
		}
		switch (message.type) {
			case 'welcome':
				this.#features = new Set(message.welcome?.features ?? [])
				this.#welcome.resolve()
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
		const envelope = message.type === 'control' ? message.control : message.message
		const from = envelope?.sender?.sessionid
		let data = envelope?.data
		if (typeof data === 'string') {
			try {
				data = JSON.parse(data) as unknown
			} catch {
				return
			}
		}
		if (typeof from !== 'string' || typeof data !== 'object' || data === null) {
			return
		}
		const callMessage: CallMessage = message.type === 'control'
			? { type: 'control', payload: data, from }
			: { ...(data as CallMessage), from }
		if (typeof callMessage.type === 'string') {
			this.emit('message', callMessage)
		}
	}

	#onEvent(event: NonNullable<ServerMessage['event']>): void {
		const kind = `${event.target}/${event.type}`
		switch (kind) {
			case 'room/join':
				for (const joined of event.join ?? []) {
					const known = this.#participants.get(joined.sessionid)
					this.#participants.set(joined.sessionid, {
						sessionId: joined.sessionid,
						// Our own new session starts with the flags we joined the call with; Talk confirms them.
						inCall: known?.inCall ?? (joined.sessionid === this.#sessionId ? this.#callFlags ?? 0 : 0),
						nextcloudSessionId: joined.roomsessionid ?? known?.nextcloudSessionId,
						userId: joined.userid || known?.userId,
						actorType: known?.actorType,
						actorId: known?.actorId,
					})
				}
				break
			case 'room/leave':
				for (const sessionId of event.leave ?? []) {
					this.#participants.delete(sessionId)
				}
				break
			case 'participants/update':
				this.#onParticipantsUpdate(event.update ?? {})
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

	#onParticipantsUpdate(update: NonNullable<NonNullable<ServerMessage['event']>['update']>): void {
		if (update.all === true) {
			for (const participant of this.#participants.values()) {
				participant.inCall = Number(update.incall ?? 0)
			}
			return
		}
		for (const entry of [...(update.users ?? []), ...(update.changed ?? [])]) {
			this.#mergeEntry(entry)
		}
	}

	#mergeEntry(entry: ParticipantEntry): void {
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

	#emitParticipants(): void {
		this.emit('participants', { participants: [...this.#participants.values()].map((participant) => ({ ...participant })) })
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
		this.#rejectPending(new ExternalSignalingError('connection_failed', 'the connection was closed', 'connection'))
		if (this.#closed || this.#leaving || this.#attempting || !this.#everReady) {
			// A running attempt fails through its own promise; nothing to restore before the first success.
			return
		}
		this.#connectionLost()
	}

	#connectionLost(): void {
		if (this.#giveUpTimer === undefined) {
			this.emit('connectionState', { state: 'reconnecting' })
			this.#giveUpTimer = this.#timers.setTimeout(() => this.#giveUp(), this.#reconnectGiveUpMs)
		}
		const base = this.#reconnectDelay
		this.#reconnectDelay = Math.min(base * 2, this.#reconnectMaxMs)
		this.#reconnectTimer = this.#timers.setTimeout(() => void this.#reconnect(), base / 2 + this.#random() * base)
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
		this.#timers.clearTimeout(this.#giveUpTimer)
		this.#giveUpTimer = undefined
		this.#reconnectDelay = this.#reconnectInitialMs
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
			error: new ExternalSignalingError('reconnect_failed', `the connection could not be restored within ${this.#reconnectGiveUpMs / 1000} s${last}`, 'connection'),
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
		this.#timers.clearTimeout(this.#reconnectTimer)
		this.#timers.clearTimeout(this.#giveUpTimer)
		this.#giveUpTimer = undefined
		this.#rejectPending(new ExternalSignalingError('connection_failed', 'signaling was closed', 'connection'))
		this.#queue.length = 0
		const socket = this.#socket
		this.#socket = null
		socket?.close(1000)
	}

	#rejectPending(error: ExternalSignalingError): void {
		for (const [id, pending] of [...this.#pending]) {
			this.#pending.delete(id)
			this.#timers.clearTimeout(pending.timer)
			pending.reject(error)
		}
	}

	#logOnce(key: string, message: string): void {
		if (!this.#loggedTypes.has(key)) {
			this.#loggedTypes.add(key)
			this.#log(message)
		}
	}

	#sleep(ms: number): Promise<void> {
		return new Promise((resolve) => this.#timers.setTimeout(resolve, ms))
	}
}

/** A promise with its resolve function. */
function deferred(): Deferred {
	let resolve: () => void = () => {}
	const promise = new Promise<void>((done) => {
		resolve = done
	})
	return { promise, resolve }
}
