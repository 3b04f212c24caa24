/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { IceRecoveryTimeouts } from './IceRecovery.ts'
import type { OfferTimeouts } from './OfferSchedule.ts'
import type { OutgoingCallMessage } from './signaling/Signaling.ts'
import type { LocalMediaState, RemoteMediaState } from './StatusChannel.ts'
import type { Timers } from './timers.ts'

/**
 * What the rest of the call knows of a `RemotePeer`: how one is made, the states it goes
 * through and the events it emits (`PeerRoster` and `CallSession` work with these).
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

export interface RemotePeerOptions extends IceRecoveryTimeouts, OfferTimeouts {
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
	/** Without: a direct connection to the remote. */
	mcuRole?: McuRole
}
