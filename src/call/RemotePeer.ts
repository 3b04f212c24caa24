/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMessage, OutgoingCallMessage } from './signaling/Signaling.ts'
import type { TimerId, Timers } from './timers.ts'

import { Emitter } from './Emitter.ts'
import { browserTimers } from './timers.ts'

/**
 * The media connection to one remote session of the call, following the rules Talk's own
 * clients follow (TALK-CALL.md): one RTCPeerConnection at a time, identified by Talk's `sid`;
 * rebuilt when the remote offers with a new sid, renegotiated in place for the same sid.
 */

export type PeerState = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed'

/** Why a peer failed: ICE never (re)connected, or the remote never answered our offers. */
export type PeerFailure = 'ice' | 'no-answer'

export interface LocalMediaState {
	audio: boolean
	video: boolean
	speaking: boolean
}

/** What the remote told us about its media; undefined until it said so. */
export interface RemoteMediaState {
	audio: boolean | undefined
	video: boolean | undefined
	speaking: boolean | undefined
}

export interface RemotePeerEvents {
	state: { state: PeerState, failure?: PeerFailure }
	remoteStream: { stream: MediaStream }
	remoteMedia: RemoteMediaState
	nick: { name: string }
	/** A moderator muted us (Talk `control` `forceMute`). */
	forceMute: Record<string, never>
}

export type PeerConnectionFactory = (configuration: RTCConfiguration) => RTCPeerConnection

/**
 * With an MCU (external signaling with feature `mcu`) a peer is either our publisher (sends our
 * media to the MCU, addressed to our own session) or a subscriber (receives one remote
 * session's media from the MCU, asked for with `requestoffer`).
 */
export type McuRole = 'publisher' | 'subscriber'

export interface RemotePeerOptions {
	/** The remote session; for an MCU publisher our own session. */
	remoteSessionId: string
	ownSessionId: string
	localStream: MediaStream
	/** Our display name, sent as `nick` in offers and answers. */
	nick: string
	iceServers: RTCIceServer[]
	localMedia: LocalMediaState
	send(message: OutgoingCallMessage): void
	createPeerConnection?: PeerConnectionFactory
	createSid?: () => string
	timers?: Timers
	/** Talk's web client restarts ICE at most 5 times. */
	maxIceRestarts?: number
	/** Talk's web client restarts ICE after 5 s in `disconnected`. */
	disconnectedGraceMs?: number
	/** How long an offer may stay unanswered before a new offer with a new sid. */
	answerTimeoutMs?: number
	maxOfferAttempts?: number
	/** When the rule says the remote offers: how long to wait before offering ourselves, as Talk's web client does. */
	offerWaitMs?: number
	/** As answerer after a failure: how long to wait for the remote's ICE restart. */
	answererRecoveryMs?: number
	/** Without: a direct connection to the remote. */
	mcuRole?: McuRole
	/** MCU subscriber: Talk's web client repeats `requestoffer` every 10 s until an offer arrives. */
	requestOfferIntervalMs?: number
}

interface BufferedCandidate {
	sid: string | undefined
	candidate: RTCIceCandidateInit
}

type Role = 'offerer' | 'answerer'

const STATUS_CHANNEL = 'status'

export class RemotePeer extends Emitter<RemotePeerEvents> {
	readonly remoteSessionId: string
	readonly #options: RemotePeerOptions
	readonly #timers: Timers
	readonly #createPeerConnection: PeerConnectionFactory
	readonly #createSid: () => string

	#pc: RTCPeerConnection | null = null
	#sid: string | undefined
	#role: Role | null = null
	#state: PeerState = 'connecting'
	#everConnected = false
	#closed = false
	#localMedia: LocalMediaState
	#remoteMedia: RemoteMediaState = { audio: undefined, video: undefined, speaking: undefined }
	#remoteStream: MediaStream | null = null
	#ownStatusChannel: RTCDataChannel | null = null
	#remoteStatusChannel: RTCDataChannel | null = null
	#remoteCandidates: BufferedCandidate[] = []
	#localCandidates: RTCIceCandidate[] = []
	#descriptionSent = false
	#gatheredRelayCandidate = false
	#offerAttempts = 0
	#iceRestarts = 0
	#restartPending = false
	#work: Promise<void> = Promise.resolve()
	#offerWaitTimer: TimerId | undefined
	#answerTimer: TimerId | undefined
	#disconnectedTimer: TimerId | undefined
	#recoveryTimer: TimerId | undefined

	constructor(options: RemotePeerOptions) {
		super()
		this.remoteSessionId = options.remoteSessionId
		this.#options = options
		this.#timers = options.timers ?? browserTimers
		this.#createPeerConnection = options.createPeerConnection ?? ((configuration) => new RTCPeerConnection(configuration))
		this.#createSid = options.createSid ?? (() => Date.now().toString())
		this.#localMedia = { ...options.localMedia }
	}

	get state(): PeerState {
		return this.#state
	}

	get remoteStream(): MediaStream | null {
		return this.#remoteStream
	}

	get remoteMedia(): RemoteMediaState {
		return { ...this.#remoteMedia }
	}

	/** Whether ICE gathered a TURN relay candidate for us (false hints at a missing or unreachable TURN server). */
	get gatheredRelayCandidate(): boolean {
		return this.#gatheredRelayCandidate
	}

	/** The current RTCPeerConnection (for getStats), null before the first offer. */
	get peerConnection(): RTCPeerConnection | null {
		return this.#pc
	}

	/**
	 * Start: offer now, or wait for the remote's offer (and offer ourselves if none comes).
	 *
	 * @param offer whether the offer rule says we offer
	 */
	start(offer: boolean): void {
		if (this.#closed) {
			return
		}
		if (this.#options.mcuRole === 'subscriber') {
			this.#requestOffer()
			return
		}
		if (offer || this.#options.mcuRole === 'publisher') {
			this.#enqueue(() => this.#offerOnNewConnection())
			return
		}
		this.#offerWaitTimer = this.#timers.setTimeout(() => {
			if (this.#pc === null && !this.#closed) {
				this.#enqueue(() => this.#offerOnNewConnection())
			}
		}, this.#options.offerWaitMs ?? 10_000)
	}

	/**
	 * Handle a call message from the remote session.
	 *
	 * @param message the message (`from` is the remote session)
	 */
	handleMessage(message: CallMessage): void {
		if (this.#closed || (message.roomType !== undefined && message.roomType !== 'video')) {
			return
		}
		const payload = (message.payload ?? {}) as Record<string, unknown>
		switch (message.type) {
			case 'offer':
				this.#enqueue(() => this.#handleOffer(message.sid, payload))
				break
			case 'answer':
				this.#enqueue(() => this.#handleAnswer(message.sid, payload))
				break
			case 'candidate':
				this.#enqueue(() => this.#handleCandidate(message.sid, payload))
				break
			case 'mute':
			case 'unmute':
				this.#setRemoteMediaFromName(payload.name, message.type === 'unmute')
				break
			case 'nickChanged':
				this.#emitNick(payload.name)
				break
			case 'connectivityError':
				if (!this.#isStale(message.sid)) {
					this.#onRemoteConnectivityError()
				}
				break
			case 'control':
				if (payload.action === 'forceMute' && payload.peerId === this.#options.ownSessionId) {
					this.emit('forceMute', {})
				}
				break
		}
	}

	/**
	 * Tell the remote about a change of our microphone, camera or speaking state.
	 *
	 * @param media the new local state
	 */
	setLocalMedia(media: LocalMediaState): void {
		const previous = this.#localMedia
		this.#localMedia = { ...media }
		if (this.#pc === null || this.#closed) {
			return
		}
		if (previous.audio !== media.audio) {
			this.#sendDataChannel(media.audio ? 'audioOn' : 'audioOff')
			this.#sendMute('audio', media.audio)
		}
		const speaking = media.audio && media.speaking
		if ((previous.audio && previous.speaking) !== speaking) {
			this.#sendDataChannel(speaking ? 'speaking' : 'stoppedSpeaking')
		}
		if (previous.video !== media.video) {
			this.#sendDataChannel(media.video ? 'videoOn' : 'videoOff')
			this.#sendMute('video', media.video)
		}
	}

	/**
	 * Send a new device's track instead of the old one, without renegotiation.
	 *
	 * @param kind 'audio' or 'video'
	 * @param track the new track
	 */
	async replaceTrack(kind: 'audio' | 'video', track: MediaStreamTrack): Promise<void> {
		const pc = this.#pc
		if (pc === null) {
			return
		}
		for (const transceiver of pc.getTransceivers()) {
			if (transceiver.receiver.track?.kind === kind && transceiver.direction !== 'recvonly') {
				await transceiver.sender.replaceTrack(track)
			}
		}
	}

	/** End the connection; idempotent. */
	close(): void {
		if (this.#closed) {
			return
		}
		this.#closed = true
		this.#clearTimers()
		this.#closeConnection()
		this.#setState('closed')
	}

	#enqueue(task: () => Promise<void>): void {
		this.#work = this.#work.then(task).catch(() => {
			// An SDP or ICE call was refused: this connection cannot work any more.
			this.#fail('ice')
		})
	}

	/** MCU subscriber: ask the MCU for an offer of the remote's media, again until one arrives. */
	#requestOffer(): void {
		if (this.#closed) {
			return
		}
		this.#options.send({ to: this.remoteSessionId, roomType: 'video', type: 'requestoffer' })
		this.#timers.clearTimeout(this.#offerWaitTimer)
		this.#offerWaitTimer = this.#timers.setTimeout(() => {
			if (this.#state !== 'connected') {
				this.#requestOffer()
			}
		}, this.#options.requestOfferIntervalMs ?? 10_000)
	}

	#isStale(sid: string | undefined): boolean {
		// The MCU's publisher keeps the sid of the first offer it got (nextcloud-spreed-signaling
		// GetOrCreatePublisher) and answers every later offer with it; Talk's web client
		// ignores the sid of its publisher's answers and candidates too.
		if (this.#options.mcuRole === 'publisher') {
			return false
		}
		return sid !== undefined && this.#sid !== undefined && sid !== this.#sid
	}

	async #offerOnNewConnection(): Promise<void> {
		if (this.#closed) {
			return
		}
		this.#timers.clearTimeout(this.#offerWaitTimer)
		this.#offerAttempts++
		this.#restartPending = false
		this.#openConnection(this.#createSid(), 'offerer')
		this.#pc?.createDataChannel('simplewebrtc')
		await this.#sendOffer(false)
	}

	async #sendOffer(iceRestart: boolean): Promise<void> {
		const pc = this.#pc
		if (pc === null) {
			return
		}
		const offer = await pc.createOffer(iceRestart ? { iceRestart: true } : undefined)
		if (pc !== this.#pc) {
			return
		}
		// Candidates of this description must not overtake it (restarts gather new ones).
		this.#descriptionSent = false
		await pc.setLocalDescription(offer)
		if (pc !== this.#pc) {
			return
		}
		this.#sendSignaling('offer', { type: 'offer', sdp: offer.sdp, ...this.#nick() }, true)
		this.#descriptionWasSent()
		this.#timers.clearTimeout(this.#answerTimer)
		this.#answerTimer = this.#timers.setTimeout(() => this.#onAnswerTimeout(), this.#options.answerTimeoutMs ?? 10_000)
	}

	#onAnswerTimeout(): void {
		if (this.#closed) {
			return
		}
		if (this.#restartPending) {
			this.#enqueue(async () => this.#restartIce())
			return
		}
		if (this.#offerAttempts >= (this.#options.maxOfferAttempts ?? 3)) {
			this.#fail('no-answer')
			return
		}
		this.#enqueue(() => this.#options.mcuRole === 'publisher' ? this.#offerAgain() : this.#offerOnNewConnection())
	}

	/**
	 * MCU publisher: the same offer once more, on the same connection and with the same sid. The
	 * signaling server hands it to the publisher it made for our first offer, which answers with
	 * that offer's sid (and may have answered the first one already: only the answer was lost),
	 * so a new connection would get an answer made for another one.
	 */
	async #offerAgain(): Promise<void> {
		const pc = this.#pc
		const offer = pc?.localDescription
		if (pc === null || this.#closed || pc.signalingState !== 'have-local-offer' || offer === null || offer === undefined) {
			await this.#offerOnNewConnection()
			return
		}
		this.#offerAttempts++
		this.#sendSignaling('offer', { type: 'offer', sdp: offer.sdp, ...this.#nick() }, true)
		this.#timers.clearTimeout(this.#answerTimer)
		this.#answerTimer = this.#timers.setTimeout(() => this.#onAnswerTimeout(), this.#options.answerTimeoutMs ?? 10_000)
	}

	async #handleOffer(sid: string | undefined, payload: Record<string, unknown>): Promise<void> {
		if (this.#closed || typeof payload.sdp !== 'string') {
			return
		}
		const renegotiation = this.#pc !== null && sid === this.#sid
		if (!renegotiation && sid !== undefined && this.#ownOfferUnanswered()) {
			// Glare: our offer and theirs crossed. Talk's web client ends its own peer and answers
			// as soon as our offer reaches it (webrtc.js ends a peer when an offer with another sid
			// comes), so answering theirs would leave both sides on connections the other one
			// closed. Keep ours; its answer follows. (Android sends no sid and never ends its
			// peer this way: for it the other side's offer is still answered.)
			return
		}
		this.#timers.clearTimeout(this.#offerWaitTimer)
		this.#timers.clearTimeout(this.#answerTimer)
		this.#emitNick(payload.nick)
		if (!renegotiation) {
			// A new sid replaces whatever we had.
			this.#openConnection(sid, 'answerer')
		}
		const pc = this.#pc as RTCPeerConnection
		this.#role = 'answerer'
		this.#restartPending = false
		await pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp })
		await this.#flushRemoteCandidates(pc)
		const answer = await pc.createAnswer()
		if (pc !== this.#pc) {
			return
		}
		this.#descriptionSent = false
		await pc.setLocalDescription(answer)
		if (pc !== this.#pc) {
			return
		}
		this.#sendSignaling('answer', { type: 'answer', sdp: answer.sdp, ...this.#nick() }, true)
		this.#descriptionWasSent()
	}

	/** Our last offer went out and no answer came yet (offers are sent before the next task runs). */
	#ownOfferUnanswered(): boolean {
		return this.#role === 'offerer' && this.#pc?.signalingState === 'have-local-offer'
	}

	async #handleAnswer(sid: string | undefined, payload: Record<string, unknown>): Promise<void> {
		const pc = this.#pc
		if (pc === null || this.#isStale(sid) || typeof payload.sdp !== 'string' || pc.signalingState !== 'have-local-offer') {
			return
		}
		this.#timers.clearTimeout(this.#answerTimer)
		if (this.#options.mcuRole === 'publisher' && sid !== undefined) {
			// The MCU's sid for our publisher: our candidates must carry it (others are refused).
			this.#sid = sid
		}
		this.#emitNick(payload.nick)
		await pc.setRemoteDescription({ type: 'answer', sdp: payload.sdp })
		await this.#flushRemoteCandidates(pc)
	}

	async #handleCandidate(sid: string | undefined, payload: Record<string, unknown>): Promise<void> {
		if (this.#isStale(sid)) {
			return
		}
		const candidate = payload.candidate as RTCIceCandidateInit | undefined
		if (typeof candidate !== 'object' || candidate === null || typeof candidate.candidate !== 'string') {
			return
		}
		const pc = this.#pc
		if (pc === null || pc.remoteDescription === null) {
			this.#remoteCandidates.push({ sid, candidate })
			return
		}
		await pc.addIceCandidate(candidate).catch(() => {
			// A candidate of an m-line or ICE generation that no longer exists: harmless.
		})
	}

	async #flushRemoteCandidates(pc: RTCPeerConnection): Promise<void> {
		const pending = this.#remoteCandidates
		this.#remoteCandidates = []
		for (const { sid, candidate } of pending) {
			if (sid === undefined || sid === this.#sid) {
				await pc.addIceCandidate(candidate).catch(() => {})
			}
		}
	}

	#openConnection(sid: string | undefined, role: Role): void {
		this.#closeConnection()
		this.#sid = sid
		this.#role = role
		this.#descriptionSent = false
		this.#localCandidates = []
		this.#remoteCandidates = this.#remoteCandidates.filter((buffered) => buffered.sid === undefined || buffered.sid === sid)
		this.#remoteStream = null
		const pc = this.#createPeerConnection({ iceServers: this.#options.iceServers })
		this.#pc = pc
		const stream = this.#options.localStream
		// An MCU subscriber only receives: the MCU's offer decides its m-lines.
		if (this.#options.mcuRole !== 'subscriber') {
			for (const track of stream.getTracks()) {
				pc.addTrack(track, stream)
			}
		}
		// Talk's clients expect audio and video m-lines even when we send only one of them.
		for (const kind of this.#options.mcuRole === undefined ? ['audio', 'video'] as const : []) {
			if (!stream.getTracks().some((track) => track.kind === kind)) {
				pc.addTransceiver(kind, { direction: 'recvonly' })
			}
		}
		this.#ownStatusChannel = pc.createDataChannel(STATUS_CHANNEL)
		this.#observeChannel(pc, this.#ownStatusChannel)

		pc.addEventListener('icecandidate', (event) => pc === this.#pc && this.#onLocalCandidate(event.candidate))
		pc.addEventListener('track', (event) => pc === this.#pc && this.#onTrack(event))
		pc.addEventListener('datachannel', (event) => {
			if (pc !== this.#pc) {
				return
			}
			if (event.channel.label === STATUS_CHANNEL) {
				this.#remoteStatusChannel = event.channel
			}
			this.#observeChannel(pc, event.channel)
		})
		pc.addEventListener('iceconnectionstatechange', () => pc === this.#pc && this.#onIceState(pc.iceConnectionState))
		pc.addEventListener('connectionstatechange', () => {
			// Chromium may report a failed connection while ICE still says otherwise.
			if (pc === this.#pc && pc.connectionState === 'failed' && pc.iceConnectionState !== 'failed') {
				this.#onIceFailed()
			}
		})
		if (this.#state !== 'connecting') {
			this.#setState(this.#everConnected ? 'reconnecting' : 'connecting')
		}
	}

	#closeConnection(): void {
		const pc = this.#pc
		this.#pc = null
		this.#ownStatusChannel = null
		this.#remoteStatusChannel = null
		pc?.close()
	}

	#onLocalCandidate(candidate: RTCIceCandidate | null): void {
		// Like Talk's clients: no null / end-of-candidates message.
		if (candidate === null || candidate.candidate === '') {
			return
		}
		if (/ typ relay( |$)/.test(candidate.candidate)) {
			this.#gatheredRelayCandidate = true
		}
		if (!this.#descriptionSent) {
			this.#localCandidates.push(candidate)
			return
		}
		this.#sendCandidate(candidate)
	}

	#descriptionWasSent(): void {
		this.#descriptionSent = true
		const pending = this.#localCandidates
		this.#localCandidates = []
		for (const candidate of pending) {
			this.#sendCandidate(candidate)
		}
	}

	#sendCandidate(candidate: RTCIceCandidate): void {
		this.#sendSignaling('candidate', {
			candidate: {
				candidate: candidate.candidate,
				sdpMid: candidate.sdpMid,
				sdpMLineIndex: candidate.sdpMLineIndex,
			},
		}, true)
	}

	#onTrack(event: RTCTrackEvent): void {
		let stream = event.streams[0]
		if (stream === undefined) {
			stream = this.#remoteStream ?? new MediaStream()
			stream.addTrack(event.track)
		}
		if (stream !== this.#remoteStream) {
			this.#remoteStream = stream
			this.emit('remoteStream', { stream })
		}
	}

	#onIceState(state: RTCIceConnectionState): void {
		switch (state) {
			case 'new':
			case 'checking':
				this.#setState(this.#everConnected ? 'reconnecting' : 'connecting')
				break
			case 'connected':
			case 'completed':
				this.#timers.clearTimeout(this.#disconnectedTimer)
				this.#timers.clearTimeout(this.#recoveryTimer)
				this.#recoveryTimer = undefined
				this.#iceRestarts = 0
				this.#restartPending = false
				this.#everConnected = true
				this.#setState('connected')
				this.#announceLocalState()
				break
			case 'disconnected':
				this.#setState('reconnecting')
				if (this.#role === 'offerer') {
					this.#timers.clearTimeout(this.#disconnectedTimer)
					this.#disconnectedTimer = this.#timers.setTimeout(() => {
						if (this.#pc?.iceConnectionState === 'disconnected') {
							this.#enqueue(async () => this.#restartIce())
						}
					}, this.#options.disconnectedGraceMs ?? 5000)
				} else {
					this.#awaitRemoteRecovery()
				}
				break
			case 'failed':
				this.#onIceFailed()
				break
		}
	}

	#onIceFailed(): void {
		if (this.#role === 'offerer') {
			this.#sendSignaling('connectivityError', undefined, true)
			this.#enqueue(async () => this.#restartIce())
			return
		}
		this.#setState('reconnecting')
		this.#awaitRemoteRecovery()
	}

	#onRemoteConnectivityError(): void {
		if (this.#role === 'offerer') {
			this.#enqueue(async () => this.#restartIce())
			return
		}
		if (this.#state === 'connected') {
			this.#setState('reconnecting')
		}
		this.#awaitRemoteRecovery()
	}

	/**
	 * The answerer never restarts ICE itself (as in Talk): it waits for the offerer's new offer;
	 * an MCU subscriber asks the MCU for one.
	 */
	#awaitRemoteRecovery(): void {
		if (this.#recoveryTimer !== undefined) {
			return
		}
		if (this.#options.mcuRole === 'subscriber') {
			this.#requestOffer()
		}
		this.#recoveryTimer = this.#timers.setTimeout(() => {
			this.#recoveryTimer = undefined
			if (this.#state !== 'connected') {
				this.#fail('ice')
			}
		}, this.#options.answererRecoveryMs ?? 30_000)
	}

	async #restartIce(): Promise<void> {
		const pc = this.#pc
		if (pc === null || this.#closed || pc.iceConnectionState === 'connected' || pc.iceConnectionState === 'completed') {
			return
		}
		if (this.#iceRestarts >= (this.#options.maxIceRestarts ?? 5)) {
			this.#fail('ice')
			return
		}
		this.#iceRestarts++
		this.#restartPending = true
		this.#setState('reconnecting')
		if (pc.signalingState !== 'stable') {
			// Our last offer is still unanswered: restarting now would be refused;
			// the answer timeout brings us back here.
			return
		}
		await this.#sendOffer(true)
	}

	#fail(failure: PeerFailure): void {
		if (this.#closed || this.#state === 'failed') {
			return
		}
		this.#clearTimers()
		this.#closeConnection()
		this.#state = 'failed'
		this.emit('state', { state: 'failed', failure })
	}

	#setState(state: PeerState): void {
		if (this.#state === state || this.#state === 'failed' || this.#state === 'closed') {
			return
		}
		this.#state = state
		this.emit('state', { state })
	}

	#clearTimers(): void {
		for (const timer of [this.#offerWaitTimer, this.#answerTimer, this.#disconnectedTimer, this.#recoveryTimer]) {
			this.#timers.clearTimeout(timer)
		}
		this.#recoveryTimer = undefined
	}

	#observeChannel(pc: RTCPeerConnection, channel: RTCDataChannel): void {
		channel.addEventListener('open', () => {
			if (pc === this.#pc && channel.label === STATUS_CHANNEL) {
				this.#sendStateOverDataChannel()
			}
		})
		channel.addEventListener('message', (event) => {
			if (pc !== this.#pc || typeof event.data !== 'string') {
				return
			}
			try {
				const message = JSON.parse(event.data) as { type?: unknown, payload?: unknown }
				this.#onDataChannelMessage(channel.label, message.type, message.payload)
			} catch {
				// Not one of Talk's JSON messages.
			}
		})
	}

	#onDataChannelMessage(label: string, type: unknown, payload: unknown): void {
		switch (type) {
			case 'audioOn':
			case 'audioOff':
				this.#setRemoteMedia({ audio: type === 'audioOn' })
				break
			case 'videoOn':
			case 'videoOff':
				this.#setRemoteMedia({ video: type === 'videoOn' })
				break
			case 'speaking':
			case 'stoppedSpeaking':
				if (label === STATUS_CHANNEL || label === 'JanusDataChannel') {
					this.#setRemoteMedia({ speaking: type === 'speaking' })
				}
				break
			case 'nickChanged':
				this.#emitNick(typeof payload === 'object' && payload !== null ? (payload as { name?: unknown }).name : payload)
				break
		}
	}

	#setRemoteMediaFromName(name: unknown, on: boolean): void {
		if (name === 'audio') {
			this.#setRemoteMedia({ audio: on })
		} else if (name === 'video') {
			this.#setRemoteMedia({ video: on })
		}
	}

	#setRemoteMedia(change: Partial<RemoteMediaState>): void {
		const next = { ...this.#remoteMedia, ...change }
		if (next.audio === this.#remoteMedia.audio && next.video === this.#remoteMedia.video && next.speaking === this.#remoteMedia.speaking) {
			return
		}
		this.#remoteMedia = next
		this.emit('remoteMedia', { ...next })
	}

	#emitNick(name: unknown): void {
		if (typeof name === 'string' && name !== '') {
			this.emit('nick', { name })
		}
	}

	#nick(): { nick?: string } {
		return this.#options.nick === '' ? {} : { nick: this.#options.nick }
	}

	/** After every transition to connected: our whole state, over the data channel and signaling. */
	#announceLocalState(): void {
		this.#sendStateOverDataChannel()
		this.#sendMute('audio', this.#localMedia.audio)
		this.#sendMute('video', this.#localMedia.video)
		if (this.#options.nick !== '') {
			this.#sendSignaling('nickChanged', { name: this.#options.nick }, false)
		}
	}

	#sendStateOverDataChannel(): void {
		const media = this.#localMedia
		this.#sendDataChannel(media.audio ? 'audioOn' : 'audioOff')
		this.#sendDataChannel(media.audio && media.speaking ? 'speaking' : 'stoppedSpeaking')
		this.#sendDataChannel(media.video ? 'videoOn' : 'videoOff')
		if (this.#options.nick !== '') {
			// Guests send the bare name as payload, users {name, userid}.
			this.#sendDataChannel('nickChanged', this.#options.nick)
		}
	}

	#sendDataChannel(type: string, payload?: unknown): void {
		const channel = [this.#ownStatusChannel, this.#remoteStatusChannel]
			.find((candidate) => candidate?.readyState === 'open')
		channel?.send(JSON.stringify({ type, payload }))
	}

	#sendMute(name: 'audio' | 'video', on: boolean): void {
		this.#sendSignaling(on ? 'unmute' : 'mute', { name }, false)
	}

	#sendSignaling(type: string, payload: unknown, withSid: boolean): void {
		const message: OutgoingCallMessage = withSid && this.#sid !== undefined
			? { to: this.remoteSessionId, sid: this.#sid, roomType: 'video', type, payload }
			: { to: this.remoteSessionId, roomType: 'video', type, payload }
		this.#options.send(message)
	}
}
