/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SpeakingDetector, SpeakingDetectorFactory } from './media/SpeakingDetector.ts'
import type { LocalMediaState, McuRole, PeerConnectionFactory, PeerFailure, PeerState, RemoteMediaState, RemotePeerOptions } from './RemotePeer.ts'
import type {
	CallMessage,
	SessionGoneReason,
	Signaling,
	SignalingConnectionState,
	SignalingFactory,
	SignalingParticipant,
} from './signaling/Signaling.ts'
import type { JoinedRoom } from './talkApi.ts'
import type { TimerId, Timers } from './timers.ts'

import { flagsForStream, hasStreams, isInCall } from './callFlags.ts'
import { Emitter } from './Emitter.ts'
import { TalkApiError, UnsupportedSignalingError } from './errors.ts'
import { hasTurnServers, iceServersFromSettings } from './iceServers.ts'
import { audioLevelSpeakingDetector } from './media/SpeakingDetector.ts'
import { shouldOffer } from './offerRule.ts'
import { RemotePeer } from './RemotePeer.ts'
import { ExternalSignaling } from './signaling/ExternalSignaling.ts'
import { InternalSignaling } from './signaling/InternalSignaling.ts'
import {
	createVerificationRoom,
	getSignalingSettings,
	joinRoom,
	leaveOnPageUnload,
	leaveRoom,
	setGuestName,
	updateCallFlags,
} from './talkApi.ts'
import { browserTimers } from './timers.ts'

/**
 * The recipient's whole call to the sharer: Talk's video-verification room, the call in it and
 * the media connection, as states and events for the sidebar.
 */

export type CallState
/** Not started. */
	= | 'idle'
	/** Creating and joining Talk's room, joining the call. */
		| 'creating'
	/** In the call; the sharer is not (yet). */
		| 'ringing'
	/** The sharer joined; media connecting. */
		| 'connecting'
		| 'connected'
	/** Media interrupted, being restored. */
		| 'reconnecting'
		| 'ended'

export type EndReason = 'hangup' | 'remote-hangup' | 'no-answer' | 'connection-failed' | 'room-gone' | 'error'

export interface CallEnding {
	reason: EndReason
	/** connection-failed only: no TURN server was configured, or none gave us a relay candidate. */
	turnHint?: boolean
	/** connection-failed only: ICE failed, or our offers were never answered. */
	failure?: PeerFailure
	/** room-gone only: what Talk said about our session. */
	sessionGone?: SessionGoneReason
	/** error only (and start failures): what went wrong, e.g. an UnsupportedSignalingError. */
	error?: Error
}

export interface LocalMediaStatus {
	/** The microphone is switched on by the user. */
	audioEnabled: boolean
	videoEnabled: boolean
	/** A live microphone track exists (false after the device was removed). */
	audioAvailable: boolean
	videoAvailable: boolean
	speaking: boolean
}

export interface CallSessionEvents {
	state: { state: CallState, ending?: CallEnding }
	/** The sharer's stream; null when the connection to them is gone. */
	remoteStream: { stream: MediaStream | null }
	/** The sharer's microphone/camera/speaking state as they announced it. */
	remoteMedia: RemoteMediaState
	/** The sharer's display name as their client sent it. */
	remoteName: { name: string }
	localMedia: LocalMediaStatus
	/** A local device stopped (unplugged, permission revoked): offer another device. */
	localTrackEnded: { kind: 'audio' | 'video' }
	/** The signaling channel's health (`reconnecting` while Talk cannot be reached). */
	signalingState: { state: SignalingConnectionState }
}

type PeerTimeouts = Pick<RemotePeerOptions, 'maxIceRestarts' | 'disconnectedGraceMs' | 'answerTimeoutMs' | 'maxOfferAttempts' | 'offerWaitMs' | 'answererRecoveryMs' | 'requestOfferIntervalMs'>

export interface CallSessionOptions {
	shareToken: string
	displayName: string
	/** Our camera and microphone, one stream (Talk's clients expect one). */
	localStream: MediaStream
	/** How long to ring before giving up. */
	noAnswerTimeoutMs?: number
	/**
	 * Whether to join the call with consent to recording, asked once the room is joined (its
	 * `recordingConsent` is known then). Resolving false joins without; hanging up while it is
	 * pending ends the call before it is joined. Default: no consent.
	 */
	recordingConsentFor?: (room: JoinedRoom) => boolean | Promise<boolean>
	/** Signaling per Talk `signalingMode`: Talk's internal signaling, or the High Performance Backend's WebSocket. */
	signalingFactories?: { internal?: SignalingFactory, external?: SignalingFactory }
	createPeerConnection?: PeerConnectionFactory
	/** null: never report speaking. */
	createSpeakingDetector?: SpeakingDetectorFactory | null
	peerTimeouts?: PeerTimeouts
	timers?: Timers
	/** Where to listen for `pagehide`; null to not install the unload handler. */
	unloadTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null
}

interface PeerEntry {
	peer: RemotePeer
	/** Listed in a participant list as in the call (a peer made for an early offer is not, yet). */
	listedInCall: boolean
	unsubscribe: () => void
}

const createInternalSignaling: SignalingFactory = ({ token, sessionId }) => new InternalSignaling({ token, sessionId })
const createExternalSignaling: SignalingFactory = ({ token, sessionId, settings }) => new ExternalSignaling({ token, sessionId, settings })

export class CallSession extends Emitter<CallSessionEvents> {
	readonly #options: CallSessionOptions
	readonly #timers: Timers
	readonly #stream: MediaStream
	readonly #peers = new Map<string, PeerEntry>()

	#state: CallState = 'idle'
	#ending: CallEnding | null = null
	#token: string | null = null
	#roomJoined = false
	#callJoined = false
	#signaling: Signaling | null = null
	/** External signaling with an MCU: we publish to it and subscribe to the sharer through it. */
	#mcu = false
	#publisher: PeerEntry | null = null
	/** With an MCU: sessions in the call that send no media (Talk requests no offer from them). */
	readonly #withoutMedia = new Set<string>()
	/**
	 * What came while the call join request ran: with the High Performance Backend Talk's
	 * `incall` reaches the signaling server during that request, so the participant list that
	 * shows a remote already in the call (and, without an MCU, its offer) usually arrives first.
	 */
	#early: { participants: SignalingParticipant[] | null, messages: CallMessage[] } | null = { participants: null, messages: [] }
	/** Our signaling session id when the current peers were made. */
	#peersSessionId: string | null = null
	#signalingUnsubscribers: (() => void)[] = []
	#iceServers: RTCIceServer[] = []
	#hasTurn = false
	#ownFlags = 0
	#selfSeenInCall = false
	#everConnected = false
	#connectedAt: number | null = null
	#noAnswerTimer: TimerId | undefined
	#speakingDetector: SpeakingDetector | null = null
	#audioEnabled: boolean
	#videoEnabled: boolean
	#speaking = false
	#leaving: Promise<void> = Promise.resolve()
	readonly #watchedTracks = new Set<MediaStreamTrack>()
	readonly #onPageHide = () => this.#leaveOnUnload()

	constructor(options: CallSessionOptions) {
		super()
		this.#options = options
		this.#timers = options.timers ?? browserTimers
		this.#stream = options.localStream
		this.#audioEnabled = this.#stream.getAudioTracks().every((track) => track.enabled)
		this.#videoEnabled = this.#stream.getVideoTracks().every((track) => track.enabled)
		for (const track of this.#stream.getTracks()) {
			this.#watchTrack(track)
		}
	}

	get state(): CallState {
		return this.#state
	}

	get ending(): CallEnding | null {
		return this.#ending
	}

	/** Talk's room token, once created. */
	get roomToken(): string | null {
		return this.#token
	}

	/** Milliseconds since the media first connected; 0 before. */
	get elapsedMs(): number {
		return this.#connectedAt === null ? 0 : this.#timers.now() - this.#connectedAt
	}

	get localMedia(): LocalMediaStatus {
		return {
			audioEnabled: this.#audioEnabled,
			videoEnabled: this.#videoEnabled,
			audioAvailable: this.#hasLiveTrack('audio'),
			videoAvailable: this.#hasLiveTrack('video'),
			speaking: this.#speaking,
		}
	}

	/** The connection to the sharer, for getStats; null when there is none. */
	get peerConnection(): RTCPeerConnection | null {
		return this.#primaryPeer()?.peerConnection ?? null
	}

	/**
	 * Run the flow up to ringing: create Talk's room, join it, pick the signaling, join the call,
	 * then name the guest. Rejects (after the state became `ended`) when a step fails.
	 */
	async start(): Promise<void> {
		if (this.#state !== 'idle') {
			throw new Error('A call session can only be started once')
		}
		this.#setState('creating')
		try {
			const room = await createVerificationRoom(this.#options.shareToken)
			this.#token = room.token
			if (this.#isEnded()) {
				return
			}
			const joined = await joinRoom(room.token)
			this.#roomJoined = true
			if (this.#isEnded()) {
				await this.#leaveNetwork('hangup')
				return
			}
			const recordingConsent = await (this.#options.recordingConsentFor?.(joined) ?? false)
			if (this.#isEnded()) {
				await this.#leaveNetwork('hangup')
				return
			}
			const inCall = await this.#connectSignaling(room.token, joined.sessionId, recordingConsent)
			if (!inCall) {
				return
			}
			this.#setState('ringing')
			this.#noAnswerTimer = this.#timers.setTimeout(
				() => this.#end({ reason: 'no-answer' }),
				this.#options.noAnswerTimeoutMs ?? 60_000,
			)
			if (this.#options.unloadTarget !== null) {
				(this.#options.unloadTarget ?? window).addEventListener('pagehide', this.#onPageHide)
			}
			this.#startSpeakingDetector()
			this.#replayEarly()
			// After the call join, so the ring is not delayed by one more request; the name reaches
			// the sharer's call view through Talk's participant refresh long before they answer.
			setGuestName(room.token, this.#options.displayName).catch(() => {
				// Talk's call view falls back to the nick in our offer/answer and data channel.
			})
		} catch (error) {
			const failure = error instanceof Error ? error : new Error(String(error))
			const reason: EndReason = error instanceof TalkApiError && error.status === 404 ? 'room-gone' : 'error'
			this.#end({ reason, error: failure })
			await this.#leaving
			throw failure
		}
	}

	/** Hang up: leave the call, then the room. */
	async hangUp(): Promise<void> {
		this.#end({ reason: 'hangup' })
		await this.#leaving
	}

	/**
	 * Switch the microphone on or off (the track stays, Talk's clients are told).
	 *
	 * @param enabled on or off
	 */
	setMicrophoneEnabled(enabled: boolean): void {
		this.#audioEnabled = enabled
		for (const track of this.#stream.getAudioTracks()) {
			track.enabled = enabled
		}
		if (!enabled) {
			this.#speaking = false
		}
		this.#broadcastLocalMedia()
	}

	/**
	 * Switch the camera on or off.
	 *
	 * @param enabled on or off
	 */
	setCameraEnabled(enabled: boolean): void {
		this.#videoEnabled = enabled
		for (const track of this.#stream.getVideoTracks()) {
			track.enabled = enabled
		}
		this.#broadcastLocalMedia()
	}

	/**
	 * Use another device: its track replaces the old one of the same kind in our stream and on
	 * the connection (no renegotiation); the old track is stopped.
	 *
	 * @param track the new device's track
	 */
	async switchDevice(track: MediaStreamTrack): Promise<void> {
		const kind = track.kind === 'audio' ? 'audio' : 'video'
		for (const old of this.#stream.getTracks()) {
			if (old.kind === kind && old !== track) {
				this.#stream.removeTrack(old)
				this.#watchedTracks.delete(old)
				old.stop()
			}
		}
		this.#stream.addTrack(track)
		track.enabled = kind === 'audio' ? this.#audioEnabled : this.#videoEnabled
		this.#watchTrack(track)
		await Promise.all(this.#allPeers().map((peer) => peer.replaceTrack(kind, track)))
		if (kind === 'audio' && this.#speakingDetector !== null) {
			this.#speakingDetector.stop()
			this.#startSpeakingDetector()
		}
		this.#localDevicesChanged()
	}

	async #connectSignaling(token: string, sessionId: string, recordingConsent: boolean): Promise<boolean> {
		const settings = await getSignalingSettings(token)
		this.#iceServers = iceServersFromSettings(settings)
		this.#hasTurn = hasTurnServers(settings)
		const factories = this.#options.signalingFactories ?? {}
		const factory = settings.signalingMode === 'internal'
			? factories.internal ?? createInternalSignaling
			: settings.signalingMode === 'external' ? factories.external ?? createExternalSignaling : undefined
		if (factory === undefined) {
			throw new UnsupportedSignalingError(settings.signalingMode)
		}
		const signaling = factory({ token, sessionId, settings })
		this.#signaling = signaling
		this.#signalingUnsubscribers = [
			signaling.on('participants', ({ participants }) => this.#onParticipants(participants)),
			signaling.on('message', (message) => this.#onMessage(message)),
			signaling.on('sessionGone', ({ reason }) => this.#onSessionGone(reason)),
			signaling.on('connectionState', ({ state }) => this.emit('signalingState', { state })),
			signaling.on('error', ({ error, fatal }) => fatal && this.#end({ reason: 'error', error })),
		]
		await signaling.connect()
		if (this.#isEnded()) {
			await this.#leaveNetwork('hangup')
			return false
		}
		this.#mcu = signaling.hasFeature('mcu')
		this.#ownFlags = flagsForStream(this.#stream)
		// Silently: Talk then sends no call notification of its own; ours, which rings the
		// sharer with the caller's name, code and "Answer call", is the only one
		await signaling.joinCall(this.#ownFlags, true, recordingConsent)
		this.#callJoined = true
		if (this.#isEnded()) {
			await this.#leaveNetwork('hangup')
			return false
		}
		return true
	}

	/** Once ringing: what arrived while the call join request ran, in order. */
	#replayEarly(): void {
		const early = this.#early
		this.#early = null
		if (early === null) {
			return
		}
		if (early.participants !== null) {
			this.#onParticipants(early.participants)
		}
		for (const message of early.messages) {
			this.#onMessage(message)
		}
	}

	#onParticipants(participants: SignalingParticipant[]): void {
		const ownSessionId = this.#signaling?.ownSessionId
		if (this.#early !== null && !this.#isEnded()) {
			this.#early.participants = participants
			return
		}
		if (!this.#callJoined || this.#isEnded() || !ownSessionId) {
			return
		}
		this.#adoptOwnSession(ownSessionId)
		const self = participants.find((participant) => participant.sessionId === ownSessionId)
		if (self !== undefined && isInCall(self.inCall)) {
			this.#selfSeenInCall = true
		} else if (this.#selfSeenInCall) {
			// Talk took us out of the call (the sharer ended it for everyone): their hang-up.
			this.#end({ reason: 'remote-hangup' })
			return
		}
		const ownFlags = self !== undefined && isInCall(self.inCall) ? self.inCall : this.#ownFlags
		const inCall = participants.filter((participant) => participant.sessionId !== ownSessionId
			&& participant.internal !== true && isInCall(participant.inCall))

		for (const participant of inCall) {
			const entry = this.#peers.get(participant.sessionId)
			if (entry !== undefined) {
				// Like Talk: a known session is not re-evaluated when its flags change.
				entry.listedInCall = true
				continue
			}
			if (this.#mcu && !hasStreams(participant.inCall)) {
				// Like Talk (webrtc.js usersChanged): the MCU has no publisher of theirs to offer.
				this.#withoutMedia.add(participant.sessionId)
				continue
			}
			this.#withoutMedia.delete(participant.sessionId)
			const created = this.#addPeer(participant.sessionId, ownSessionId, this.#mcu ? 'subscriber' : undefined)
			created.listedInCall = true
			created.peer.start(!this.#mcu && shouldOffer(ownSessionId, ownFlags, participant.sessionId, participant.inCall))
		}
		if (this.#mcu && inCall.length > 0 && this.#publisher === null) {
			// Like Talk: publish once somebody else is in the call.
			this.#publisher = this.#createPeerEntry(ownSessionId, ownSessionId, 'publisher')
			this.#publisher.peer.start(true)
		}
		const listed = (sessionId: string) => inCall.some((participant) => participant.sessionId === sessionId)
		const hadWithoutMedia = this.#withoutMedia.size > 0
		for (const sessionId of [...this.#withoutMedia]) {
			if (!listed(sessionId)) {
				this.#withoutMedia.delete(sessionId)
			}
		}
		for (const [sessionId, entry] of [...this.#peers]) {
			if (entry.listedInCall && !listed(sessionId)) {
				this.#removePeer(sessionId)
			}
		}
		if (this.#isEnded()) {
			return
		}
		if (hadWithoutMedia && this.#withoutMedia.size === 0 && this.#peers.size === 0) {
			this.#end({ reason: 'remote-hangup' })
			return
		}
		if (this.#peers.size + this.#withoutMedia.size > 0 && this.#state === 'ringing') {
			this.#timers.clearTimeout(this.#noAnswerTimer)
			this.#setState('connecting')
		}
	}

	#onMessage(message: CallMessage): void {
		const from = message.from
		const ownSessionId = this.#signaling?.ownSessionId
		if (this.#early !== null && !this.#isEnded()) {
			this.#early.messages.push(message)
			return
		}
		if (!this.#callJoined || this.#isEnded() || from === undefined || !ownSessionId) {
			return
		}
		this.#adoptOwnSession(ownSessionId)
		if (from === ownSessionId) {
			// With an MCU, our publisher's answer and candidates come from our own session.
			this.#publisher?.peer.handleMessage(message)
			return
		}
		let entry = this.#peers.get(from)
		if (entry === undefined) {
			if (message.type !== 'offer' || (message.roomType ?? 'video') !== 'video') {
				return
			}
			// The offer can overtake the participant list that shows its sender in the call.
			entry = this.#addPeer(from, ownSessionId, this.#mcu ? 'subscriber' : undefined)
			if (this.#state === 'ringing') {
				this.#timers.clearTimeout(this.#noAnswerTimer)
				this.#setState('connecting')
			}
		}
		entry.peer.handleMessage(message)
	}

	/**
	 * After a refused resume the signaling server gave us a new session: for Talk's clients we
	 * are a new participant (the old session left), and they drop their peers of the old one.
	 * Drop ours too and let this participant list make them again under the new id, so that
	 * whoever the offer rule picks offers at once, instead of the media waiting for Talk's
	 * 10 s re-offer.
	 *
	 * @param ownSessionId our signaling session id now
	 */
	#adoptOwnSession(ownSessionId: string): void {
		if (this.#peersSessionId !== null && this.#peersSessionId !== ownSessionId) {
			for (const entry of [...this.#peers.values(), ...(this.#publisher === null ? [] : [this.#publisher])]) {
				entry.unsubscribe()
				entry.peer.close()
			}
			this.#peers.clear()
			this.#withoutMedia.clear()
			this.#publisher = null
			if (this.#everConnected) {
				this.#setState('reconnecting')
			}
		}
		this.#peersSessionId = ownSessionId
	}

	#onSessionGone(reason: SessionGoneReason): void {
		// Our Talk session is gone with the room: there is no call or room left to leave.
		this.#callJoined = false
		this.#roomJoined = false
		if (reason === 'deleted' && this.#everConnected) {
			// Talk deletes a video-verification room as soon as the sharer leaves it.
			this.#end({ reason: 'remote-hangup' })
			return
		}
		this.#end({ reason: 'room-gone', sessionGone: reason })
	}

	#addPeer(remoteSessionId: string, ownSessionId: string, mcuRole?: McuRole): PeerEntry {
		const entry = this.#createPeerEntry(remoteSessionId, ownSessionId, mcuRole)
		this.#peers.set(remoteSessionId, entry)
		return entry
	}

	#createPeerEntry(remoteSessionId: string, ownSessionId: string, mcuRole?: McuRole): PeerEntry {
		const signaling = this.#signaling as Signaling
		const peer = new RemotePeer({
			...this.#options.peerTimeouts,
			remoteSessionId,
			ownSessionId,
			localStream: this.#stream,
			nick: this.#options.displayName,
			iceServers: this.#iceServers,
			localMedia: this.#peerLocalMedia(),
			send: (message) => signaling.sendCallMessage(message),
			createPeerConnection: this.#options.createPeerConnection,
			timers: this.#timers,
			mcuRole,
		})
		const isPrimary = () => this.#primaryPeer() === peer
		const unsubscribers = [
			peer.on('state', ({ state, failure }) => this.#onPeerState(peer, state, failure)),
			peer.on('remoteStream', ({ stream }) => isPrimary() && this.emit('remoteStream', { stream })),
			peer.on('remoteMedia', (media) => isPrimary() && this.emit('remoteMedia', media)),
			peer.on('nick', ({ name }) => isPrimary() && this.emit('remoteName', { name })),
			peer.on('forceMute', () => this.setMicrophoneEnabled(false)),
		]
		return { peer, listedInCall: false, unsubscribe: () => unsubscribers.forEach((off) => off()) }
	}

	#removePeer(sessionId: string): void {
		const entry = this.#peers.get(sessionId)
		if (entry === undefined) {
			return
		}
		const wasPrimary = this.#primaryPeer() === entry.peer
		entry.unsubscribe()
		entry.peer.close()
		this.#peers.delete(sessionId)
		if (this.#peers.size === 0 && this.#withoutMedia.size === 0) {
			this.#end({ reason: 'remote-hangup' })
			return
		}
		const next = this.#primaryPeer()
		if (wasPrimary && next !== null) {
			this.emit('remoteStream', { stream: next.remoteStream })
			this.emit('remoteMedia', next.remoteMedia)
			this.#onPeerState(next, next.state)
		}
	}

	#allPeers(): RemotePeer[] {
		const peers = [...this.#peers.values()].map(({ peer }) => peer)
		return this.#publisher === null ? peers : [...peers, this.#publisher.peer]
	}

	#primaryPeer(): RemotePeer | null {
		return this.#peers.values().next().value?.peer ?? null
	}

	#onPeerState(peer: RemotePeer, state: PeerState, failure?: PeerFailure): void {
		if (this.#isEnded()) {
			return
		}
		if (state === 'failed') {
			if (this.#peers.size > 1 && peer !== this.#publisher?.peer) {
				this.#removePeer(peer.remoteSessionId)
				return
			}
			this.#end({
				reason: 'connection-failed',
				failure,
				turnHint: failure === 'ice' && (!this.#hasTurn || !peer.gatheredRelayCandidate),
			})
			return
		}
		// With only participants who send no media, our publisher is the call's connection.
		const leading = this.#primaryPeer() ?? (this.#withoutMedia.size > 0 ? this.#publisher?.peer : undefined)
		if (peer !== leading) {
			return
		}
		switch (state) {
			case 'connected':
				this.#everConnected = true
				this.#connectedAt ??= this.#timers.now()
				this.#setState('connected')
				break
			case 'connecting':
				this.#setState(this.#everConnected ? 'reconnecting' : 'connecting')
				break
			case 'reconnecting':
				this.#setState('reconnecting')
				break
		}
	}

	#end(ending: CallEnding): void {
		if (this.#isEnded()) {
			return
		}
		this.#ending = ending
		this.#timers.clearTimeout(this.#noAnswerTimer)
		this.#speakingDetector?.stop()
		this.#speakingDetector = null
		for (const entry of [...this.#peers.values(), ...(this.#publisher === null ? [] : [this.#publisher])]) {
			entry.unsubscribe()
			entry.peer.close()
		}
		this.#peers.clear()
		this.#withoutMedia.clear()
		this.#publisher = null
		if (this.#options.unloadTarget !== null) {
			(this.#options.unloadTarget ?? window).removeEventListener('pagehide', this.#onPageHide)
		}
		this.#setState('ended', ending)
		this.#leaving = this.#leaveNetwork(ending.reason)
	}

	/**
	 * Leave in Talk's order: call, signaling, room. Each step runs at most once, and a step that
	 * fails does not keep the next from running.
	 *
	 * @param reason why the call ended; a gone session has nothing left to leave
	 */
	async #leaveNetwork(reason: EndReason): Promise<void> {
		const token = this.#token
		const signaling = this.#signaling
		const leaveCall = this.#callJoined && reason !== 'room-gone'
		const leaveTalkRoom = this.#roomJoined && reason !== 'room-gone'
		this.#callJoined = false
		this.#roomJoined = false
		if (leaveCall && signaling !== null) {
			await signaling.leaveCall().catch(() => {})
		}
		if (signaling !== null) {
			this.#signalingUnsubscribers.forEach((off) => off())
			this.#signalingUnsubscribers = []
			await signaling.disconnect().catch(() => {})
		}
		if (leaveTalkRoom && token !== null) {
			await leaveRoom(token).catch(() => {})
		}
	}

	#leaveOnUnload(): void {
		if (this.#isEnded() || this.#token === null) {
			return
		}
		if (this.#callJoined || this.#roomJoined) {
			leaveOnPageUnload(this.#token)
		}
		this.#callJoined = false
		this.#roomJoined = false
		this.#end({ reason: 'hangup' })
	}

	#isEnded(): boolean {
		return this.#state === 'ended'
	}

	#setState(state: CallState, ending?: CallEnding): void {
		if (this.#state === state) {
			return
		}
		this.#state = state
		this.emit('state', ending === undefined ? { state } : { state, ending })
	}

	#startSpeakingDetector(): void {
		const factory = this.#options.createSpeakingDetector === undefined
			? audioLevelSpeakingDetector({ timers: this.#timers })
			: this.#options.createSpeakingDetector
		if (factory === null) {
			return
		}
		this.#speakingDetector = factory(this.#stream, (speaking) => {
			this.#speaking = speaking
			this.#broadcastLocalMedia()
		})
	}

	#peerLocalMedia(): LocalMediaState {
		const media = this.localMedia
		return {
			audio: media.audioEnabled && media.audioAvailable,
			video: media.videoEnabled && media.videoAvailable,
			speaking: media.speaking,
		}
	}

	#broadcastLocalMedia(): void {
		const media = this.#peerLocalMedia()
		for (const peer of this.#allPeers()) {
			peer.setLocalMedia(media)
		}
		this.emit('localMedia', this.localMedia)
	}

	#hasLiveTrack(kind: 'audio' | 'video'): boolean {
		return this.#stream.getTracks().some((track) => track.kind === kind && track.readyState !== 'ended')
	}

	#watchTrack(track: MediaStreamTrack): void {
		if (this.#watchedTracks.has(track)) {
			return
		}
		this.#watchedTracks.add(track)
		track.addEventListener('ended', () => {
			if (!this.#watchedTracks.has(track) || this.#isEnded()) {
				return
			}
			this.emit('localTrackEnded', { kind: track.kind === 'audio' ? 'audio' : 'video' })
			this.#localDevicesChanged()
		})
	}

	/** Talk's flags say which devices we have (not whether they are muted): update them when that changes. */
	#localDevicesChanged(): void {
		this.#broadcastLocalMedia()
		const flags = flagsForStream(this.#stream)
		if (this.#callJoined && this.#token !== null && flags !== this.#ownFlags) {
			this.#ownFlags = flags
			updateCallFlags(this.#token, flags).catch(() => {})
		}
	}
}
