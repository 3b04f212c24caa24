/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { IceRecoveryTimeouts } from './IceRecovery.ts'
import type { LocalMediaStatus } from './LocalTracks.ts'
import type { SpeakingDetectorFactory } from './media/SpeakingDetector.ts'
import type { OfferTimeouts } from './OfferSchedule.ts'
import type { PeerConnectionFactory, PeerFailure } from './remotePeerTypes.ts'
import type { SessionGoneReason, SignalingConnectionState } from './signaling/Signaling.ts'
import type { RemoteMediaState } from './StatusChannel.ts'
import type { JoinedRoom } from './talkApi.ts'
import type { SignalingFactories } from './TalkRoomMembership.ts'
import type { Timers } from './timers.ts'

/**
 * What the sidebar knows of a `CallSession`: how one is made, the states it goes through, how
 * it ends and the events it emits.
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

export type PeerTimeouts = IceRecoveryTimeouts & OfferTimeouts

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
	signalingFactories?: SignalingFactories
	createPeerConnection?: PeerConnectionFactory
	/** null: never report speaking. */
	createSpeakingDetector?: SpeakingDetectorFactory | null
	peerTimeouts?: PeerTimeouts
	timers?: Timers
	/** Where to listen for `pagehide`; null to not install the unload handler. */
	unloadTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null
}
