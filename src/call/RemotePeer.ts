/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PeerConnectionFactory, PeerFailure, PeerState, RemotePeerEvents, RemotePeerOptions } from './remotePeerTypes.ts'
import type { CallMessage } from './signaling/Signaling.ts'
import type { LocalMediaState, RemoteMediaState } from './StatusChannel.ts'

import { Emitter } from './Emitter.ts'
import { IceCandidates } from './IceCandidates.ts'
import { IceRecovery } from './IceRecovery.ts'
import { addLocalMedia, replaceSentTrack } from './localMediaLines.ts'
import { OfferSchedule } from './OfferSchedule.ts'
import { PeerMessages } from './PeerMessages.ts'
import { StatusChannel } from './StatusChannel.ts'
import { browserTimers } from './timers.ts'

/**
 * The media connection to one remote session of the call, following the rules Talk's own
 * clients follow (TALK-CALL.md): one RTCPeerConnection at a time, identified by Talk's `sid`;
 * rebuilt when the remote offers with a new sid, renegotiated in place for the same sid.
 * When to offer (again) is `OfferSchedule`'s, the messages and their sid `PeerMessages`'; the
 * candidates travel through `IceCandidates`, ICE failures are handled by `IceRecovery`, the
 * state messages by `StatusChannel`; its options, states and events are in `remotePeerTypes.ts`.
 */

type Role = 'offerer' | 'answerer'

export class RemotePeer extends Emitter<RemotePeerEvents> {
	readonly remoteSessionId: string
	readonly #options: RemotePeerOptions
	readonly #createPeerConnection: PeerConnectionFactory
	readonly #createSid: () => string
	readonly #status: StatusChannel
	readonly #candidates: IceCandidates
	readonly #recovery: IceRecovery
	readonly #schedule: OfferSchedule
	readonly #messages: PeerMessages

	#pc: RTCPeerConnection | null = null
	#role: Role | null = null
	#state: PeerState = 'connecting'
	#closed = false
	#remoteStream: MediaStream | null = null
	#work: Promise<void> = Promise.resolve()

	constructor(options: RemotePeerOptions) {
		super()
		this.remoteSessionId = options.remoteSessionId
		this.#options = options
		const timers = options.timers ?? browserTimers
		this.#createPeerConnection = options.createPeerConnection ?? ((configuration) => new RTCPeerConnection(configuration))
		this.#createSid = options.createSid ?? (() => Date.now().toString())
		this.#messages = new PeerMessages({
			remoteSessionId: options.remoteSessionId,
			nick: options.nick,
			mcuPublisher: options.mcuRole === 'publisher',
			send: options.send,
		})
		this.#status = new StatusChannel({
			nick: options.nick,
			localMedia: options.localMedia,
			signal: (type, payload) => this.#messages.send(type, payload, false),
			onRemoteMedia: (media) => this.emit('remoteMedia', media),
			onNick: (name) => this.#emitNick(name),
		})
		this.#candidates = new IceCandidates((payload) => this.#messages.send('candidate', payload, true))
		this.#recovery = new IceRecovery({
			timers,
			isOfferer: () => this.#role === 'offerer',
			connection: () => this.#pc,
			isClosed: () => this.#closed,
			isConnected: () => this.#state === 'connected',
			setState: (state) => this.#setState(state),
			fail: () => this.#fail('ice'),
			enqueue: (task) => this.#enqueue(task),
			offerIceRestart: () => this.#sendOffer(true),
			sendConnectivityError: () => this.#messages.send('connectivityError', undefined, true),
			requestOffer: options.mcuRole === 'subscriber' ? () => this.#schedule.requestOffers() : undefined,
			connected: () => this.#status.announce(),
		}, options)
		this.#schedule = new OfferSchedule({
			timers,
			isClosed: () => this.#closed,
			isConnected: () => this.#state === 'connected',
			hasConnection: () => this.#pc !== null,
			offer: () => this.#enqueue(() => this.#offerOnNewConnection()),
			offerAgain: () => this.#enqueue(() => options.mcuRole === 'publisher' ? this.#offerAgain() : this.#offerOnNewConnection()),
			requestOffer: () => this.#messages.requestOffer(),
			restartPending: () => this.#recovery.restartPending,
			restartIce: () => this.#enqueue(async () => this.#recovery.restartIce()),
			fail: () => this.#fail('no-answer'),
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
			this.#schedule.requestOffers()
			return
		}
		if (offer || this.#options.mcuRole === 'publisher') {
			this.#enqueue(() => this.#offerOnNewConnection())
			return
		}
		this.#schedule.waitForRemoteOffer()
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
					if (!this.#messages.isStale(message.sid)) {
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
				if (!this.#messages.isStale(message.sid)) {
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
		if (this.#pc !== null) {
			await replaceSentTrack(this.#pc, kind, track)
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

	async #offerOnNewConnection(): Promise<void> {
		if (this.#closed) {
			return
		}
		this.#schedule.offering()
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
		this.#messages.sendDescription({ type: 'offer', sdp: offer.sdp })
		this.#candidates.descriptionSent()
		this.#schedule.awaitAnswer()
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
		this.#schedule.offering()
		this.#messages.sendDescription({ type: 'offer', sdp: offer.sdp })
		this.#schedule.awaitAnswer()
	}

	async #handleOffer(sid: string | undefined, payload: Record<string, unknown>): Promise<void> {
		if (this.#closed || typeof payload.sdp !== 'string') {
			return
		}
		const renegotiation = this.#pc !== null && sid === this.#messages.sid
		if (!renegotiation && sid !== undefined && this.#ownOfferUnanswered()) {
			// Glare: our offer and theirs crossed. Talk's web client ends its own peer and answers
			// as soon as our offer reaches it (webrtc.js ends a peer when an offer with another sid
			// comes), so answering theirs would leave both sides on connections the other one
			// closed. Keep ours; its answer follows. (Android sends no sid and never ends its
			// peer this way: for it the other side's offer is still answered.)
			return
		}
		this.#schedule.remoteOffered()
		this.#emitNick(payload.nick)
		if (!renegotiation) {
			// A new sid replaces whatever we had.
			this.#openConnection(sid, 'answerer')
		}
		const pc = this.#pc as RTCPeerConnection
		this.#role = 'answerer'
		this.#recovery.cancelPendingRestart()
		await pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp })
		await this.#candidates.addHeld(pc, this.#messages.sid)
		const answer = await pc.createAnswer()
		if (pc !== this.#pc) {
			return
		}
		this.#candidates.holdLocal()
		await pc.setLocalDescription(answer)
		if (pc !== this.#pc) {
			return
		}
		this.#messages.sendDescription({ type: 'answer', sdp: answer.sdp })
		this.#candidates.descriptionSent()
	}

	/** Our last offer went out and no answer came yet (offers are sent before the next task runs). */
	#ownOfferUnanswered(): boolean {
		return this.#role === 'offerer' && this.#pc?.signalingState === 'have-local-offer'
	}

	async #handleAnswer(sid: string | undefined, payload: Record<string, unknown>): Promise<void> {
		const pc = this.#pc
		if (pc === null || this.#messages.isStale(sid) || typeof payload.sdp !== 'string' || pc.signalingState !== 'have-local-offer') {
			return
		}
		this.#schedule.answered()
		this.#messages.answered(sid)
		this.#emitNick(payload.nick)
		await pc.setRemoteDescription({ type: 'answer', sdp: payload.sdp })
		await this.#candidates.addHeld(pc, this.#messages.sid)
	}

	#openConnection(sid: string | undefined, role: Role): void {
		this.#closeConnection()
		this.#messages.newConnection(sid)
		this.#role = role
		this.#candidates.newConnection(sid)
		this.#remoteStream = null
		const pc = this.#createPeerConnection({ iceServers: this.#options.iceServers })
		this.#pc = pc
		addLocalMedia(pc, this.#options.localStream, this.#options.mcuRole)
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
		this.#schedule.stop()
		this.#recovery.stop()
	}

	#emitNick(name: unknown): void {
		if (typeof name === 'string' && name !== '') {
			this.emit('nick', { name })
		}
	}
}
