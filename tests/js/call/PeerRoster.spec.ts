/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RemotePeer } from '../../../src/call/RemotePeer.ts'
import type { McuRole, PeerState, RemotePeerEvents } from '../../../src/call/remotePeerTypes.ts'
import type { CallMessage, SignalingParticipant } from '../../../src/call/signaling/Signaling.ts'
import type { RemoteMediaState } from '../../../src/call/StatusChannel.ts'

import { beforeEach, describe, expect, it } from 'vitest'
import { IN_CALL, WITH_AUDIO, WITH_VIDEO } from '../../../src/call/callFlags.ts'
import { Emitter } from '../../../src/call/Emitter.ts'
import { PeerRoster } from '../../../src/call/PeerRoster.ts'

const OWN = 'm-own-session'
const MEDIA = IN_CALL | WITH_AUDIO | WITH_VIDEO

/** A RemotePeer stand-in that records what the roster does with it and fires its events on demand. */
class FakePeer extends Emitter<RemotePeerEvents> {
	readonly starts: boolean[] = []
	readonly handled: CallMessage[] = []
	closed = false
	state: PeerState = 'connecting'
	remoteStream: MediaStream | null = null
	remoteMedia: RemoteMediaState = { audio: true, video: true, speaking: false }

	constructor(readonly remoteSessionId: string, readonly mcuRole: McuRole | undefined) {
		super()
	}

	start(offer: boolean): void {
		this.starts.push(offer)
	}

	handleMessage(message: CallMessage): void {
		this.handled.push(message)
	}

	close(): void {
		this.closed = true
	}

	fire<Name extends keyof RemotePeerEvents>(event: Name, payload: RemotePeerEvents[Name]): void {
		this.emit(event, payload)
	}
}

let peers: FakePeer[]
let events: unknown[][]

/**
 * @param mcu whether the signaling server has an MCU
 */
function makeRoster(mcu = false): PeerRoster {
	const roster = new PeerRoster({
		createPeer: (remoteSessionId, ownSessionId, mcuRole) => {
			expect(ownSessionId).toBe(OWN)
			const peer = new FakePeer(remoteSessionId, mcuRole)
			peers.push(peer)
			return peer as unknown as RemotePeer
		},
		peerState: (peer, state, failure) => events.push(['state', peer.remoteSessionId, state, failure]),
		remoteStream: (stream) => events.push(['remoteStream', stream]),
		remoteMedia: (media) => events.push(['remoteMedia', media]),
		remoteName: (name) => events.push(['remoteName', name]),
		forceMute: () => events.push(['forceMute']),
		empty: () => events.push(['empty']),
	})
	roster.mcu = mcu
	return roster
}

/**
 * @param sessionId the session
 * @param inCall its flags
 */
function inCall(sessionId: string, inCall = MEDIA): SignalingParticipant {
	return { sessionId, inCall }
}

/**
 * @param sessionId the peer's remote session
 */
function peer(sessionId: string): FakePeer {
	const found = peers.find((candidate) => candidate.remoteSessionId === sessionId)
	if (found === undefined) {
		throw new Error(`no peer for ${sessionId}`)
	}
	return found
}

/**
 * @param from the sender
 * @param type the message type
 * @param roomType the room type
 */
function message(from: string, type = 'offer', roomType: 'video' | 'screen' = 'video'): CallMessage {
	return { from, to: OWN, sid: 'sid-1', roomType, type, payload: { type, sdp: 'sdp' } }
}

beforeEach(() => {
	peers = []
	events = []
})

describe('PeerRoster without an MCU', () => {
	it('makes one peer per session in the call and starts it by Talk\'s offer rule, once', () => {
		const roster = makeRoster()
		roster.update([inCall('a-smaller'), inCall('z-larger')], OWN, MEDIA)
		expect(peers.map((entry) => [entry.remoteSessionId, entry.mcuRole, entry.starts])).toEqual([
			['a-smaller', undefined, [true]],
			['z-larger', undefined, [false]],
		])
		// Like Talk: a known session is not re-evaluated when its flags change.
		roster.update([inCall('a-smaller', IN_CALL), inCall('z-larger')], OWN, MEDIA)
		expect(peers).toHaveLength(2)
		expect(roster.all()).toHaveLength(2)
		expect(roster.primary()).toBe(peer('a-smaller'))
		expect(roster.hasRemotes).toBe(true)
	})

	it('passes on the stream, media and name of the first peer only, and forceMute from any', () => {
		const roster = makeRoster()
		roster.update([inCall('a-first'), inCall('b-second')], OWN, MEDIA)
		const stream = {} as MediaStream
		peer('b-second').fire('remoteStream', { stream })
		peer('b-second').fire('nick', { name: 'Other' })
		peer('b-second').fire('forceMute', {})
		peer('a-first').fire('remoteStream', { stream })
		peer('a-first').fire('remoteMedia', { audio: false, video: true, speaking: false })
		peer('a-first').fire('nick', { name: 'Alice' })
		peer('b-second').fire('state', { state: 'failed', failure: 'ice' })
		expect(events).toEqual([
			['forceMute'],
			['remoteStream', stream],
			['remoteMedia', { audio: false, video: true, speaking: false }],
			['remoteName', 'Alice'],
			['state', 'b-second', 'failed', 'ice'],
		])
	})

	it('drops the peer of a session that left the call; the next one becomes the call\'s, the last one leaving empties it', () => {
		const roster = makeRoster()
		roster.update([inCall('a-first'), inCall('b-second')], OWN, MEDIA)
		peer('b-second').state = 'connected'
		roster.update([inCall('b-second')], OWN, MEDIA)
		expect(peer('a-first').closed).toBe(true)
		expect(roster.primary()).toBe(peer('b-second'))
		expect(events).toEqual([
			['remoteStream', null],
			['remoteMedia', { audio: true, video: true, speaking: false }],
			['state', 'b-second', 'connected', undefined],
		])

		events = []
		peer('a-first').fire('remoteStream', { stream: {} as MediaStream })
		expect(events).toEqual([])
		expect(roster.update([], OWN, MEDIA)).toBe(false)
		expect(events).toEqual([['empty']])
		expect(roster.hasRemotes).toBe(false)
	})

	it('keeps a peer made for an early offer until a participant list has shown its session in the call', () => {
		const roster = makeRoster()
		const early = roster.peerFor(message('a-sharer'), 'a-sharer', OWN)
		expect(early).toEqual({ peer: peer('a-sharer'), created: true })
		expect(peer('a-sharer').starts).toEqual([])
		roster.update([], OWN, MEDIA)
		expect(peer('a-sharer').closed).toBe(false)
		roster.update([inCall('a-sharer')], OWN, MEDIA)
		expect(peers).toHaveLength(1)
		roster.update([], OWN, MEDIA)
		expect(peer('a-sharer').closed).toBe(true)
	})

	it('finds the peer of a message; only a video offer from an unknown session makes one', () => {
		const roster = makeRoster()
		expect(roster.peerFor(message('x', 'candidate'), 'x', OWN)).toBeNull()
		expect(roster.peerFor(message('x', 'offer', 'screen'), 'x', OWN)).toBeNull()
		expect(roster.peerFor(message(OWN, 'answer'), OWN, OWN)).toBeNull()
		expect(peers).toEqual([])
		const made = roster.peerFor({ from: 'x', type: 'offer' }, 'x', OWN)
		expect(made?.created).toBe(true)
		expect(roster.peerFor(message('x', 'candidate'), 'x', OWN)).toEqual({ peer: made?.peer, created: false })
	})

	it('drops a failed peer while others remain; the last one\'s failure is the call\'s', () => {
		const roster = makeRoster()
		roster.update([inCall('a-first'), inCall('b-second')], OWN, MEDIA)
		expect(roster.removeFailed(peer('a-first') as unknown as RemotePeer)).toBe(true)
		expect(peer('a-first').closed).toBe(true)
		expect(roster.removeFailed(peer('b-second') as unknown as RemotePeer)).toBe(false)
		expect(peer('b-second').closed).toBe(false)
	})

	it('drops every peer when our signaling session changed, not the first time it learns it', () => {
		const roster = makeRoster()
		expect(roster.adoptOwnSession(OWN)).toBe(false)
		roster.update([inCall('a-first')], OWN, MEDIA)
		expect(roster.adoptOwnSession(OWN)).toBe(false)
		expect(roster.adoptOwnSession('m-new-session')).toBe(true)
		expect(peer('a-first').closed).toBe(true)
		expect(roster.all()).toEqual([])
		peer('a-first').fire('state', { state: 'failed' })
		expect(events).toEqual([])
	})
})

describe('PeerRoster with an MCU', () => {
	it('subscribes to sessions that send media, publishes once somebody is in the call, and routes our own session\'s messages to the publisher', () => {
		const roster = makeRoster(true)
		roster.update([], OWN, MEDIA)
		expect(peers).toEqual([])
		roster.update([inCall('a-sharer'), inCall('b-listener', IN_CALL)], OWN, MEDIA)
		expect(peers.map((entry) => [entry.remoteSessionId, entry.mcuRole, entry.starts])).toEqual([
			['a-sharer', 'subscriber', [false]],
			[OWN, 'publisher', [true]],
		])
		expect(roster.all()).toEqual([peer('a-sharer'), peer(OWN)])
		expect(roster.leading()).toBe(peer('a-sharer'))
		expect(roster.peerFor(message(OWN, 'answer'), OWN, OWN)).toEqual({ peer: peer(OWN), created: false })
		expect(roster.peerFor(message('c-new'), 'c-new', OWN)?.peer).toMatchObject({ mcuRole: 'subscriber' })
	})

	it('counts participants without media as in the call, with our publisher as the call\'s connection, and says when the last of them left', () => {
		const roster = makeRoster(true)
		expect(roster.update([inCall('b-listener', IN_CALL)], OWN, MEDIA)).toBe(false)
		expect(roster.hasRemotes).toBe(true)
		expect(roster.primary()).toBeNull()
		expect(roster.leading()).toBe(peer(OWN))
		expect(roster.removeFailed(peer(OWN) as unknown as RemotePeer)).toBe(false)
		expect(roster.update([], OWN, MEDIA)).toBe(true)
		expect(roster.hasRemotes).toBe(false)
		expect(events).toEqual([])
	})

	it('subscribes once a participant without media starts sending', () => {
		const roster = makeRoster(true)
		roster.update([inCall('b-listener', IN_CALL)], OWN, MEDIA)
		roster.update([inCall('b-listener', IN_CALL | WITH_AUDIO)], OWN, MEDIA)
		expect(peer('b-listener').mcuRole).toBe('subscriber')
		expect(roster.update([inCall('b-listener', IN_CALL | WITH_AUDIO)], OWN, MEDIA)).toBe(false)
	})

	it('closes the publisher with the others', () => {
		const roster = makeRoster(true)
		roster.update([inCall('a-sharer')], OWN, MEDIA)
		roster.closeAll()
		expect(peers.map((entry) => entry.closed)).toEqual([true, true])
		expect(roster.all()).toEqual([])
		expect(roster.hasRemotes).toBe(false)
	})
})
