/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { IceRecoveryTimeouts } from './IceRecovery.ts'
import type { CallMessage, OutgoingCallMessage } from './signaling/Signaling.ts'
import type { LocalMediaState, RemoteMediaState } from './StatusChannel.ts'
import type { TimerId, Timers } from './timers.ts'

import { Emitter } from './Emitter.ts'
import { IceCandidates } from './IceCandidates.ts'
import { IceRecovery } from './IceRecovery.ts'
import { StatusChannel } from './StatusChannel.ts'
import { browserTimers } from './timers.ts'

export type { LocalMediaState, RemoteMediaState } from './StatusChannel.ts'

/**
 * The media connection to one remote session of the call, following the rules Talk's own
 * clients follow (TALK-CALL.md): one RTCPeerConnection at a time, identified by Talk's `sid`;
 * rebuilt when the remote offers with a new sid, renegotiated in place for the same sid.
 * The candidates travel through `IceCandidates`, ICE failures are handled by `IceRecovery`,
 * the state messages by `StatusChannel`.
 */

export type PeerState = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed'

/** Why a peer failed: ICE never (re)connected, or the remote never answered our offers. */
export type PeerFailure = 'ice' | 'no-answer'

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

export interface RemotePeerOptions extends IceRecoveryTimeouts {
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
	/** How long an offer may stay unanswered before a new offer with a new sid. */
	answerTimeoutMs?: number
	maxOfferAttempts?: number
	/** When the rule says the remote offers: how long to wait before offering ourselves, as Talk's web client does. */
	offerWaitMs?: number
	/** Without: a direct connection to the remote. */
	mcuRole?: McuRole
	/** MCU subscriber: Talk's web client repeats `requestoffer` every 10 s until an offer arrives. */
	requestOfferIntervalMs?: number
}

type Role = 'offerer' | 'answerer'

export class RemotePeer extends Emitter<RemotePeerEvents> {
	readonly remoteSessionId: string
	readonly #options: RemotePeerOptions
	readonly #timers: Timers
	readonly #createPeerConnection: PeerConnectionFactory
	readonly #createSid: () => string
	readonly #status: StatusChannel
	readonly #candidates: IceCandidates
	readonly #recovery: IceRecovery

	#pc: RTCPeerConnection | null = null
	#sid: string | undefined
	#role: Role | null = null
	#state: PeerState = 'connecting'
	#closed = false
	#remoteStream: MediaStream | null = null
	#offerAttempts = 0
	#work: Promise<void> = Promise.resolve()
	#offerWaitTimer: TimerId | undefined
	#answerTimer: TimerId | undefined

	constructor(options: RemotePeerOptions) {
		super()
		this.remoteSessionId = options.remoteSessionId
		this.#options = options
		this.#timers = options.timers ?? browserTimers
		this.#createPeerConnection = options.createPeerConnection ?? ((configuration) => new RTCPeerConnection(configuration))
		this.#createSid = options.createSid ?? (() => Date.now().toString())
		this.#status = new StatusChannel({
			nick: options.nick,
			localMedia: options.localMedia,
			signal: (type, payload) => this.#sendSignaling(type, payload, false),
			onRemoteMedia: (media) => this.emit('remoteMedia', media),
			onNick: (name) => this.#emitNick(name),
		})
		this.#candidates = new IceCandidates((payload) => this.#sendSignaling('candidate', payload, true))
		this.#recovery = new IceRecovery({
			timers: this.#timers,
			isOfferer: () => this.#role === 'offerer',
			connection: () => this.#pc,
			isClosed: () => this.#closed,
			isConnected: () => this.#state === 'connected',
			setState: (state) => this.#setState(state),
			fail: () => this.#fail('ice'),
			enqueue: (task) => this.#enqueue(task),
			offerIceRestart: () => this.#sendOffer(true),
			sendConnectivityError: () => this.#sendSignaling('connectivityError', undefined, true),
			requestOffer: options.mcuRole === 'subscriber' ? () => this.#requestOffer() : undefined,
			connected: () => this.#status.announce(),
		}, options)
	}

	get state(): PeerState {
		return this.#state
	}

	get remoteStream(): MediaStream | null {
		return this.#remoteStream
	}

	get remoteMedia(): RemoteMediaState {
		return this.#status.remoteMedia
	}

	/** Whether ICE gathered a TURN relay candidate for us (false hints at a missing or unreachable TURN server). */
	get gatheredRelayCandidate(): boolean {
		return this.#candidates.gatheredRelayCandidate
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
				this.#enqueue(async () => {
					if (!this.#isStale(message.sid)) {
						await this.#candidates.received(this.#pc, message.sid, payload)
					}
				})
				break
			case 'mute':
			case 'unmute':
			case 'nickChanged':
				this.#status.receiveSignaling(message.type, payload)
				break
			case 'connectivityError':
				if (!this.#isStale(message.sid)) {
					this.#recovery.remoteConnectivityError()
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
		this.#status.setLocalMedia(media)
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
		this.#recovery.cancelPendingRestart()
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
		this.#candidates.holdLocal()
		await pc.setLocalDescription(offer)
		if (pc !== this.#pc) {
			return
		}
		this.#sendSignaling('offer', { type: 'offer', sdp: offer.sdp, ...this.#nick() }, true)
		this.#candidates.descriptionSent()
		this.#awaitAnswer()
	}

	#awaitAnswer(): void {
		this.#timers.clearTimeout(this.#answerTimer)
		this.#answerTimer = this.#timers.setTimeout(() => this.#onAnswerTimeout(), this.#options.answerTimeoutMs ?? 10_000)
	}

	#onAnswerTimeout(): void {
		if (this.#closed) {
			return
		}
		if (this.#recovery.restartPending) {
			this.#enqueue(async () => this.#recovery.restartIce())
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
		this.#awaitAnswer()
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
		this.#recovery.cancelPendingRestart()
		await pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp })
		await this.#candidates.addHeld(pc, this.#sid)
		const answer = await pc.createAnswer()
		if (pc !== this.#pc) {
			return
		}
		this.#candidates.holdLocal()
		await pc.setLocalDescription(answer)
		if (pc !== this.#pc) {
			return
		}
		this.#sendSignaling('answer', { type: 'answer', sdp: answer.sdp, ...this.#nick() }, true)
		this.#candidates.descriptionSent()
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
		await this.#candidates.addHeld(pc, this.#sid)
	}

	#openConnection(sid: string | undefined, role: Role): void {
		this.#closeConnection()
		this.#sid = sid
		this.#role = role
		this.#candidates.newConnection(sid)
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
		this.#status.attach(pc)

		pc.addEventListener('icecandidate', (event) => pc === this.#pc && this.#candidates.gathered(event.candidate))
		pc.addEventListener('track', (event) => pc === this.#pc && this.#onTrack(event))
		pc.addEventListener('datachannel', (event) => pc === this.#pc && this.#status.addRemoteChannel(pc, event.channel))
		pc.addEventListener('iceconnectionstatechange', () => pc === this.#pc && this.#recovery.iceStateChanged(pc.iceConnectionState))
		pc.addEventListener('connectionstatechange', () => {
			// Chromium may report a failed connection while ICE still says otherwise.
			if (pc === this.#pc && pc.connectionState === 'failed' && pc.iceConnectionState !== 'failed') {
				this.#recovery.iceFailed()
			}
		})
		if (this.#state !== 'connecting') {
			this.#setState(this.#recovery.everConnected ? 'reconnecting' : 'connecting')
		}
	}

	#closeConnection(): void {
		const pc = this.#pc
		this.#pc = null
		this.#status.detach()
		pc?.close()
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
		this.#timers.clearTimeout(this.#offerWaitTimer)
		this.#timers.clearTimeout(this.#answerTimer)
		this.#recovery.stop()
	}

	#emitNick(name: unknown): void {
		if (typeof name === 'string' && name !== '') {
			this.emit('nick', { name })
		}
	}

	#nick(): { nick?: string } {
		return this.#options.nick === '' ? {} : { nick: this.#options.nick }
	}

	#sendSignaling(type: string, payload: unknown, withSid: boolean): void {
		const message: OutgoingCallMessage = withSid && this.#sid !== undefined
			? { to: this.remoteSessionId, sid: this.#sid, roomType: 'video', type, payload }
			: { to: this.remoteSessionId, roomType: 'video', type, payload }
		this.#options.send(message)
	}
}
