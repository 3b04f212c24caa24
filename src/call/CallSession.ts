import type { IceRecoveryTimeouts } from './IceRecovery.ts'
/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { LocalMediaStatus } from './LocalTracks.ts'
import type { SpeakingDetectorFactory } from './media/SpeakingDetector.ts'
import type { OfferTimeouts } from './OfferSchedule.ts'
import type { McuRole, PeerConnectionFactory, PeerFailure, PeerState } from './remotePeerTypes.ts'
import type {
	CallMessage,
	SessionGoneReason,
	Signaling,
	SignalingConnectionState,
	SignalingFactory,
	SignalingParticipant,
} from './signaling/Signaling.ts'
import type { RemoteMediaState } from './StatusChannel.ts'
import type { JoinedRoom } from './talkApi.ts'
import type { TimerId, Timers } from './timers.ts'

import { isInCall } from './callFlags.ts'
import { Emitter } from './Emitter.ts'
import { TalkApiError, UnsupportedSignalingError } from './errors.ts'
import { hasTurnServers, iceServersFromSettings } from './iceServers.ts'
import { LocalTracks } from './LocalTracks.ts'
import { audioLevelSpeakingDetector } from './media/SpeakingDetector.ts'
import { PeerRoster } from './PeerRoster.ts'
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

export type { LocalMediaStatus } from './LocalTracks.ts'

/**
 * The recipient's whole call to the sharer: Talk's video-verification room, the call in it and
 * the media connection, as states and events for the sidebar. Our camera and microphone are
 * `LocalTracks`, the media connections to the others `PeerRoster`.
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

type PeerTimeouts = IceRecoveryTimeouts & OfferTimeouts

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

const createInternalSignaling: SignalingFactory = ({ token, sessionId }) => new InternalSignaling({ token, sessionId })
const createExternalSignaling: SignalingFactory = ({ token, sessionId, settings }) => new ExternalSignaling({ token, sessionId, settings })

export class CallSession extends Emitter<CallSessionEvents> {
	readonly #options: CallSessionOptions
	readonly #timers: Timers
	readonly #local: LocalTracks
	readonly #roster: PeerRoster

	#state: CallState = 'idle'
	#ending: CallEnding | null = null
	#token: string | null = null
	#roomJoined = false
	#callJoined = false
	#signaling: Signaling | null = null
	/**
	 * What came while the call join request ran: with the High Performance Backend Talk's
	 * `incall` reaches the signaling server during that request, so the participant list that
	 * shows a remote already in the call (and, without an MCU, its offer) usually arrives first.
	 */
	#early: { participants: SignalingParticipant[] | null, messages: CallMessage[] } | null = { participants: null, messages: [] }
	#signalingUnsubscribers: (() => void)[] = []
	#iceServers: RTCIceServer[] = []
	#hasTurn = false
	#ownFlags = 0
	#selfSeenInCall = false
	#everConnected = false
	#connectedAt: number | null = null
	#noAnswerTimer: TimerId | undefined
	#leaving: Promise<void> = Promise.resolve()
	readonly #onPageHide = () => this.#leaveOnUnload()

	constructor(options: CallSessionOptions) {
		super()
		this.#options = options
		this.#timers = options.timers ?? browserTimers
		this.#local = new LocalTracks({
			stream: options.localStream,
			createSpeakingDetector: options.createSpeakingDetector === undefined
				? audioLevelSpeakingDetector({ timers: this.#timers })
				: options.createSpeakingDetector,
			onChange: () => this.#broadcastLocalMedia(),
			onTrackEnded: (kind) => {
				this.emit('localTrackEnded', { kind })
				this.#localDevicesChanged()
			},
		})
		this.#roster = new PeerRoster({
			createPeer: (remoteSessionId, ownSessionId, mcuRole) => this.#createPeer(remoteSessionId, ownSessionId, mcuRole),
			peerState: (peer, state, failure) => this.#onPeerState(peer, state, failure),
			remoteStream: (stream) => this.emit('remoteStream', { stream }),
			remoteMedia: (media) => this.emit('remoteMedia', media),
			remoteName: (name) => this.emit('remoteName', { name }),
			forceMute: () => this.setMicrophoneEnabled(false),
			empty: () => this.#end({ reason: 'remote-hangup' }),
		})
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
		return this.#local.status
	}

	/** The connection to the sharer, for getStats; null when there is none. */
	get peerConnection(): RTCPeerConnection | null {
		return this.#roster.primary()?.peerConnection ?? null
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
			this.#local.startSpeakingDetector()
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
		this.#local.setMicrophoneEnabled(enabled)
	}

	/**
	 * Switch the camera on or off.
	 *
	 * @param enabled on or off
	 */
	setCameraEnabled(enabled: boolean): void {
		this.#local.setCameraEnabled(enabled)
	}

	/**
	 * Use another device: its track replaces the old one of the same kind in our stream and on
	 * the connection (no renegotiation); the old track is stopped.
	 *
	 * @param track the new device's track
	 */
	async switchDevice(track: MediaStreamTrack): Promise<void> {
		const kind = this.#local.useDevice(track)
		await Promise.all(this.#roster.all().map((peer) => peer.replaceTrack(kind, track)))
		if (kind === 'audio') {
			this.#local.restartSpeakingDetector()
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
		this.#roster.mcu = signaling.hasFeature('mcu')
		this.#ownFlags = this.#local.flags
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
		const withoutMediaAllLeft = this.#roster.update(inCall, ownSessionId, ownFlags)
		if (this.#isEnded()) {
			return
		}
		if (withoutMediaAllLeft) {
			this.#end({ reason: 'remote-hangup' })
			return
		}
		if (this.#roster.hasRemotes && this.#state === 'ringing') {
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
		const target = this.#roster.peerFor(message, from, ownSessionId)
		if (target === null) {
			return
		}
		if (target.created && this.#state === 'ringing') {
			this.#timers.clearTimeout(this.#noAnswerTimer)
			this.#setState('connecting')
		}
		target.peer.handleMessage(message)
	}

	/**
	 * Our signaling session changed after a refused resume: the peers of the old one are dropped
	 * and this participant list makes them again (see `PeerRoster.adoptOwnSession`).
	 *
	 * @param ownSessionId our signaling session id now
	 */
	#adoptOwnSession(ownSessionId: string): void {
		if (this.#roster.adoptOwnSession(ownSessionId) && this.#everConnected) {
			this.#setState('reconnecting')
		}
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

	#createPeer(remoteSessionId: string, ownSessionId: string, mcuRole?: McuRole): RemotePeer {
		const signaling = this.#signaling as Signaling
		return new RemotePeer({
			...this.#options.peerTimeouts,
			remoteSessionId,
			ownSessionId,
			localStream: this.#options.localStream,
			nick: this.#options.displayName,
			iceServers: this.#iceServers,
			localMedia: this.#local.peerMedia,
			send: (message) => signaling.sendCallMessage(message),
			createPeerConnection: this.#options.createPeerConnection,
			timers: this.#timers,
			mcuRole,
		})
	}

	#onPeerState(peer: RemotePeer, state: PeerState, failure?: PeerFailure): void {
		if (this.#isEnded()) {
			return
		}
		if (state === 'failed') {
			if (this.#roster.removeFailed(peer)) {
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
		if (peer !== this.#roster.leading()) {
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
		this.#local.stop()
		this.#roster.closeAll()
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

	#broadcastLocalMedia(): void {
		const media = this.#local.peerMedia
		for (const peer of this.#roster.all()) {
			peer.setLocalMedia(media)
		}
		this.emit('localMedia', this.#local.status)
	}

	/** Talk's flags say which devices we have (not whether they are muted): update them when that changes. */
	#localDevicesChanged(): void {
		this.#broadcastLocalMedia()
		const flags = this.#local.flags
		if (this.#callJoined && this.#token !== null && flags !== this.#ownFlags) {
			this.#ownFlags = flags
			updateCallFlags(this.#token, flags).catch(() => {})
		}
	}
}
