/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallEnding, CallSessionEvents, CallSessionOptions, CallState, EndReason } from './callSessionTypes.ts'
import type { LocalMediaStatus } from './LocalTracks.ts'
import type { McuRole, PeerFailure, PeerState } from './remotePeerTypes.ts'
import type { CallMessage, SessionGoneReason, Signaling, SignalingParticipant } from './signaling/Signaling.ts'
import type { SignalingChoice } from './TalkRoomMembership.ts'
import type { TimerId, Timers } from './timers.ts'

import { isInCall } from './callFlags.ts'
import { EarlySignaling } from './EarlySignaling.ts'
import { Emitter } from './Emitter.ts'
import { TalkApiError } from './errors.ts'
import { LocalTracks } from './LocalTracks.ts'
import { audioLevelSpeakingDetector } from './media/SpeakingDetector.ts'
import { PeerRoster } from './PeerRoster.ts'
import { RemotePeer } from './RemotePeer.ts'
import { setGuestName } from './talkApi.ts'
import { TalkRoomMembership } from './TalkRoomMembership.ts'
import { browserTimers } from './timers.ts'

/**
 * The recipient's whole call to the sharer: Talk's video-verification room, the call in it and
 * the media connection, as states and events for the sidebar. Our place in Talk's room is
 * `TalkRoomMembership`, our camera and microphone are `LocalTracks`, the media connections to
 * the others `PeerRoster`; its options, states and events are in `callSessionTypes.ts`.
 */

export class CallSession extends Emitter<CallSessionEvents> {
	readonly #options: CallSessionOptions
	readonly #timers: Timers
	readonly #local: LocalTracks
	readonly #roster: PeerRoster
	readonly #membership: TalkRoomMembership

	#state: CallState = 'idle'
	#ending: CallEnding | null = null
	readonly #early = new EarlySignaling()
	#signalingChoice: SignalingChoice = { iceServers: [], hasTurn: false }
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
		this.#membership = new TalkRoomMembership(options.signalingFactories)
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
		return this.#membership.token
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
			const membership = this.#membership
			await membership.createRoom(this.#options.shareToken)
			if (this.#isEnded()) {
				return
			}
			const joined = await membership.joinRoom()
			if (this.#isEnded()) {
				await membership.leave(false)
				return
			}
			const recordingConsent = await (this.#options.recordingConsentFor?.(joined) ?? false)
			if (this.#isEnded()) {
				await membership.leave(false)
				return
			}
			const inCall = await this.#joinCall(joined.sessionId, recordingConsent)
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
			this.#early.release((participants) => this.#onParticipants(participants), (message) => this.#onMessage(message))
			// After the call join, so the ring is not delayed by one more request; the name reaches
			// the sharer's call view through Talk's participant refresh long before they answer.
			setGuestName(membership.token as string, this.#options.displayName).catch(() => {
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

	/**
	 * Open the signaling, then join the call (silently: our own notification rings the sharer).
	 *
	 * @param sessionId our Talk session from the room join
	 * @param recordingConsent whether we consent to recording
	 * @return whether we are in the call (not when it ended meanwhile)
	 */
	async #joinCall(sessionId: string, recordingConsent: boolean): Promise<boolean> {
		const membership = this.#membership
		this.#signalingChoice = await membership.openSignaling(sessionId, {
			participants: ({ participants }) => this.#onParticipants(participants),
			message: (message) => this.#onMessage(message),
			sessionGone: ({ reason }) => this.#onSessionGone(reason),
			connectionState: ({ state }) => this.emit('signalingState', { state }),
			error: ({ error, fatal }) => fatal && this.#end({ reason: 'error', error }),
		})
		if (this.#isEnded()) {
			await membership.leave(false)
			return false
		}
		this.#roster.mcu = (membership.signaling as Signaling).hasFeature('mcu')
		await membership.joinCall(this.#local.flags, recordingConsent)
		if (this.#isEnded()) {
			await membership.leave(false)
			return false
		}
		return true
	}

	#onParticipants(participants: SignalingParticipant[]): void {
		const ownSessionId = this.#membership.signaling?.ownSessionId
		if (!this.#isEnded() && this.#early.holdParticipants(participants)) {
			return
		}
		if (!this.#membership.callJoined || this.#isEnded() || !ownSessionId) {
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
		const ownFlags = self !== undefined && isInCall(self.inCall) ? self.inCall : this.#membership.flags
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
		const ownSessionId = this.#membership.signaling?.ownSessionId
		if (!this.#isEnded() && this.#early.holdMessage(message)) {
			return
		}
		if (!this.#membership.callJoined || this.#isEnded() || from === undefined || !ownSessionId) {
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
		this.#membership.sessionGone()
		if (reason === 'deleted' && this.#everConnected) {
			// Talk deletes a video-verification room as soon as the sharer leaves it.
			this.#end({ reason: 'remote-hangup' })
			return
		}
		this.#end({ reason: 'room-gone', sessionGone: reason })
	}

	#createPeer(remoteSessionId: string, ownSessionId: string, mcuRole?: McuRole): RemotePeer {
		const signaling = this.#membership.signaling as Signaling
		return new RemotePeer({
			...this.#options.peerTimeouts,
			remoteSessionId,
			ownSessionId,
			localStream: this.#options.localStream,
			nick: this.#options.displayName,
			iceServers: this.#signalingChoice.iceServers,
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
				turnHint: failure === 'ice' && (!this.#signalingChoice.hasTurn || !peer.gatheredRelayCandidate),
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
		this.#leaving = this.#membership.leave(ending.reason === 'room-gone')
	}

	#leaveOnUnload(): void {
		if (this.#isEnded() || this.#membership.token === null) {
			return
		}
		this.#membership.leaveOnUnload()
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
		this.#membership.updateFlags(this.#local.flags)
	}
}
