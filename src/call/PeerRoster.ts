/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RemotePeer } from './RemotePeer.ts'
import type { McuRole, PeerFailure, PeerState } from './remotePeerTypes.ts'
import type { CallMessage, SignalingParticipant } from './signaling/Signaling.ts'
import type { RemoteMediaState } from './StatusChannel.ts'

import { hasStreams } from './callFlags.ts'
import { shouldOffer } from './offerRule.ts'

/**
 * Who we have a media connection with, as Talk's web client decides it (webrtc.js usersChanged):
 * one RemotePeer per remote session in the call, the first of them the sharer's (the call shows
 * its stream, media state and name); with an MCU our publisher besides, and the sessions in the
 * call that send no media (the MCU has nothing of theirs to offer).
 */

export interface PeerRosterHandlers {
	createPeer(remoteSessionId: string, ownSessionId: string, mcuRole?: McuRole): RemotePeer
	peerState(peer: RemotePeer, state: PeerState, failure?: PeerFailure): void
	/** The first peer's stream; null when the new first peer has none yet. */
	remoteStream(stream: MediaStream | null): void
	remoteMedia(media: RemoteMediaState): void
	remoteName(name: string): void
	/** A moderator muted us. */
	forceMute(): void
	/** The last peer was removed and nobody without media is in the call. */
	empty(): void
}

interface PeerEntry {
	peer: RemotePeer
	/** Listed in a participant list as in the call (a peer made for an early offer is not, yet). */
	listedInCall: boolean
	unsubscribe: () => void
}

export class PeerRoster {
	/** External signaling with an MCU: we publish to it and subscribe to the others through it. */
	mcu = false

	readonly #handlers: PeerRosterHandlers
	readonly #peers = new Map<string, PeerEntry>()
	/** With an MCU: sessions in the call that send no media (Talk requests no offer from them). */
	readonly #withoutMedia = new Set<string>()
	#publisher: PeerEntry | null = null
	/** Our signaling session id when the current peers were made. */
	#sessionId: string | null = null

	constructor(handlers: PeerRosterHandlers) {
		this.#handlers = handlers
	}

	/** Whether anyone else is in the call, with a peer or without media. */
	get hasRemotes(): boolean {
		return this.#peers.size + this.#withoutMedia.size > 0
	}

	/** The sharer's peer: the first one made; null when there is none. */
	primary(): RemotePeer | null {
		return this.#peers.values().next().value?.peer ?? null
	}

	/** Every peer, our publisher included. */
	all(): RemotePeer[] {
		const peers = [...this.#peers.values()].map(({ peer }) => peer)
		return this.#publisher === null ? peers : [...peers, this.#publisher.peer]
	}

	/** The peer whose state is the call's: the sharer's, or with only participants who send no media, our publisher. */
	leading(): RemotePeer | undefined {
		return this.primary() ?? (this.#withoutMedia.size > 0 ? this.#publisher?.peer : undefined)
	}

	/**
	 * After a refused resume the signaling server gave us a new session: for Talk's clients we
	 * are a new participant (the old session left), and they drop their peers of the old one.
	 * Drop ours too, so that the next participant list makes them again under the new id and
	 * whoever the offer rule picks offers at once, instead of the media waiting for Talk's
	 * 10 s re-offer.
	 *
	 * @param ownSessionId our signaling session id now
	 * @return whether peers of an old session were dropped
	 */
	adoptOwnSession(ownSessionId: string): boolean {
		const changed = this.#sessionId !== null && this.#sessionId !== ownSessionId
		if (changed) {
			this.closeAll()
		}
		this.#sessionId = ownSessionId
		return changed
	}

	/**
	 * A participant list: make and start peers for the sessions that joined the call, drop those
	 * of sessions that left it.
	 *
	 * @param inCall the other participants in the call
	 * @param ownSessionId our signaling session id
	 * @param ownFlags our in-call flags
	 * @return whether the last participants without media left and no peer is left
	 */
	update(inCall: SignalingParticipant[], ownSessionId: string, ownFlags: number): boolean {
		for (const participant of inCall) {
			const entry = this.#peers.get(participant.sessionId)
			if (entry !== undefined) {
				// Like Talk: a known session is not re-evaluated when its flags change.
				entry.listedInCall = true
				continue
			}
			if (this.mcu && !hasStreams(participant.inCall)) {
				// Like Talk (webrtc.js usersChanged): the MCU has no publisher of theirs to offer.
				this.#withoutMedia.add(participant.sessionId)
				continue
			}
			this.#withoutMedia.delete(participant.sessionId)
			const created = this.#add(participant.sessionId, ownSessionId)
			created.listedInCall = true
			created.peer.start(!this.mcu && shouldOffer(ownSessionId, ownFlags, participant.sessionId, participant.inCall))
		}
		if (this.mcu && inCall.length > 0 && this.#publisher === null) {
			// Like Talk: publish once somebody else is in the call.
			this.#publisher = this.#createEntry(ownSessionId, ownSessionId, 'publisher')
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
				this.#remove(sessionId)
			}
		}
		return hadWithoutMedia && this.#withoutMedia.size === 0 && this.#peers.size === 0
	}

	/**
	 * The peer a call message is for. With an MCU our publisher's answer and candidates come
	 * from our own session. An offer can overtake the participant list that shows its sender in
	 * the call: it gets a new peer.
	 *
	 * @param message the message
	 * @param from its sender
	 * @param ownSessionId our signaling session id
	 * @return the peer and whether it was made for this message; null when the message is for nobody
	 */
	peerFor(message: CallMessage, from: string, ownSessionId: string): { peer: RemotePeer, created: boolean } | null {
		if (from === ownSessionId) {
			return this.#publisher === null ? null : { peer: this.#publisher.peer, created: false }
		}
		const entry = this.#peers.get(from)
		if (entry !== undefined) {
			return { peer: entry.peer, created: false }
		}
		if (message.type !== 'offer' || (message.roomType ?? 'video') !== 'video') {
			return null
		}
		return { peer: this.#add(from, ownSessionId).peer, created: true }
	}

	/**
	 * A peer failed: with other remote sessions in the call it is dropped and the call goes on.
	 *
	 * @param peer the failed peer
	 * @return whether it was dropped (false: its failure is the call's)
	 */
	removeFailed(peer: RemotePeer): boolean {
		if (this.#peers.size > 1 && peer !== this.#publisher?.peer) {
			this.#remove(peer.remoteSessionId)
			return true
		}
		return false
	}

	/** Close and forget every peer. */
	closeAll(): void {
		for (const entry of [...this.#peers.values(), ...(this.#publisher === null ? [] : [this.#publisher])]) {
			entry.unsubscribe()
			entry.peer.close()
		}
		this.#peers.clear()
		this.#withoutMedia.clear()
		this.#publisher = null
	}

	#add(remoteSessionId: string, ownSessionId: string): PeerEntry {
		const entry = this.#createEntry(remoteSessionId, ownSessionId, this.mcu ? 'subscriber' : undefined)
		this.#peers.set(remoteSessionId, entry)
		return entry
	}

	#createEntry(remoteSessionId: string, ownSessionId: string, mcuRole?: McuRole): PeerEntry {
		const handlers = this.#handlers
		const peer = handlers.createPeer(remoteSessionId, ownSessionId, mcuRole)
		const isPrimary = () => this.primary() === peer
		const unsubscribers = [
			peer.on('state', ({ state, failure }) => handlers.peerState(peer, state, failure)),
			peer.on('remoteStream', ({ stream }) => isPrimary() && handlers.remoteStream(stream)),
			peer.on('remoteMedia', (media) => isPrimary() && handlers.remoteMedia(media)),
			peer.on('nick', ({ name }) => isPrimary() && handlers.remoteName(name)),
			peer.on('forceMute', () => handlers.forceMute()),
		]
		return { peer, listedInCall: false, unsubscribe: () => unsubscribers.forEach((off) => off()) }
	}

	#remove(sessionId: string): void {
		const entry = this.#peers.get(sessionId)
		if (entry === undefined) {
			return
		}
		const wasPrimary = this.primary() === entry.peer
		entry.unsubscribe()
		entry.peer.close()
		this.#peers.delete(sessionId)
		if (this.#peers.size === 0 && this.#withoutMedia.size === 0) {
			this.#handlers.empty()
			return
		}
		const next = this.primary()
		if (wasPrimary && next !== null) {
			this.#handlers.remoteStream(next.remoteStream)
			this.#handlers.remoteMedia(next.remoteMedia)
			this.#handlers.peerState(next, next.state)
		}
	}
}
