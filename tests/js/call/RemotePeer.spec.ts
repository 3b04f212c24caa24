/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PeerState, RemotePeerOptions } from '../../../src/call/remotePeerTypes.ts'
import type { OutgoingCallMessage } from '../../../src/call/signaling/Signaling.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RemotePeer } from '../../../src/call/RemotePeer.ts'
import {
	createFakePeerConnection,
	FakeMediaStream,
	FakeMediaStreamTrack,
	FakePeerConnection,
	flush,
	localStream,
} from './fakes/webrtc.ts'

const OWN = 'guest-session'
const REMOTE = 'sharer-session'
const HOST_CANDIDATE = 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host'
const RELAY_CANDIDATE = 'candidate:2 1 udp 41885439 198.51.100.7 3478 typ relay raddr 0.0.0.0 rport 0'

let sent: OutgoingCallMessage[]
let states: PeerState[]
let sidCounter: number

/**
 * @param options overrides
 */
function makePeer(options: Partial<RemotePeerOptions> = {}): RemotePeer {
	const peer = new RemotePeer({
		remoteSessionId: REMOTE,
		ownSessionId: OWN,
		localStream: localStream() as unknown as MediaStream,
		nick: 'Rita Recipient',
		iceServers: [{ urls: ['stun:stun.example:3478'] }],
		localMedia: { audio: true, video: true, speaking: false },
		send: (message) => sent.push(message),
		createPeerConnection: createFakePeerConnection,
		createSid: () => `sid-${++sidCounter}`,
		...options,
	})
	peer.on('state', ({ state }) => states.push(state))
	return peer
}

/**
 * @param type message type
 */
function sentOfType(type: string): OutgoingCallMessage[] {
	return sent.filter((message) => message.type === type)
}

/**
 * Start as offerer and return the connection.
 *
 * @param peer the peer
 */
async function offer(peer: RemotePeer): Promise<FakePeerConnection> {
	peer.start(true)
	await flush()
	return FakePeerConnection.last()
}

/**
 * Deliver the remote's offer and return the connection that answered it.
 *
 * @param peer the peer
 * @param sid the offer's sid (undefined: Android, which sends none)
 * @param sdp the SDP
 */
async function receiveOffer(peer: RemotePeer, sid: string | undefined, sdp = 'remote-offer'): Promise<FakePeerConnection> {
	peer.handleMessage({ from: REMOTE, to: OWN, ...(sid === undefined ? {} : { sid }), roomType: 'video', type: 'offer', payload: { type: 'offer', sdp, nick: 'Alice' } })
	await flush()
	return FakePeerConnection.last()
}

beforeEach(() => {
	FakePeerConnection.reset()
	sent = []
	states = []
	sidCounter = 0
	vi.useFakeTimers()
})

afterEach(() => {
	vi.useRealTimers()
})

describe('RemotePeer as offerer', () => {
	it('builds the connection as Talk expects: one stream, status and simplewebrtc channels before the offer', async () => {
		const stream = localStream()
		const peer = makePeer({ localStream: stream as unknown as MediaStream })
		const pc = await offer(peer)

		expect(pc.configuration).toEqual({ iceServers: [{ urls: ['stun:stun.example:3478'] }] })
		expect(pc.calls.slice(0, 5)).toEqual([
			{ op: 'addTrack', kind: 'audio', streamId: stream.id },
			{ op: 'addTrack', kind: 'video', streamId: stream.id },
			{ op: 'createDataChannel', label: 'status' },
			{ op: 'createDataChannel', label: 'simplewebrtc' },
			{ op: 'createOffer', iceRestart: false },
		])
	})

	it('adds a receive-only m-line for a kind it does not send', async () => {
		const stream = new FakeMediaStream([new FakeMediaStreamTrack('audio')])
		const pc = await offer(makePeer({ localStream: stream as unknown as MediaStream }))
		expect(pc.calls).toContainEqual({ op: 'addTransceiver', kind: 'video', direction: 'recvonly' })
	})

	it('sends the offer in Talk\'s exact shape, with sid and nick', async () => {
		await offer(makePeer())
		expect(JSON.stringify(sent[0])).toBe('{"to":"sharer-session","sid":"sid-1","roomType":"video","type":"offer","payload":{"type":"offer","sdp":"offer-1-1","nick":"Rita Recipient"}}')
	})

	it('omits nick when there is no name', async () => {
		await offer(makePeer({ nick: '' }))
		expect(sent[0]?.payload).toEqual({ type: 'offer', sdp: 'offer-1-1' })
	})

	it('sends local candidates only after the offer, nested as Talk\'s mobile clients need, and never a null candidate', async () => {
		const peer = makePeer()
		peer.start(true)
		await Promise.resolve()
		await Promise.resolve()
		const pc = FakePeerConnection.last()
		// gathered before the offer went out
		pc.gather(HOST_CANDIDATE)
		expect(sent).toEqual([])
		await flush()
		pc.gather(null)
		pc.gather(RELAY_CANDIDATE, '1', 1)

		expect(sent.map((message) => message.type)).toEqual(['offer', 'candidate', 'candidate'])
		expect(JSON.stringify(sent[1])).toBe(`{"to":"sharer-session","sid":"sid-1","roomType":"video","type":"candidate","payload":{"candidate":{"candidate":"${HOST_CANDIDATE}","sdpMid":"0","sdpMLineIndex":0}}}`)
		expect(sent[2]?.payload).toEqual({ candidate: { candidate: RELAY_CANDIDATE, sdpMid: '1', sdpMLineIndex: 1 } })
		expect(peer.gatheredRelayCandidate).toBe(true)
	})

	it('applies the answer for its sid and ignores one for another sid', async () => {
		const peer = makePeer()
		const nicks: string[] = []
		peer.on('nick', ({ name }) => nicks.push(name))
		const pc = await offer(peer)

		peer.handleMessage({ from: REMOTE, sid: 'old-sid', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'stale' } })
		await flush()
		expect(pc.remoteDescription).toBeNull()

		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'the-answer', nick: 'Alice' } })
		await flush()
		expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'the-answer' })
		expect(nicks).toEqual(['Alice'])
	})

	it('buffers remote candidates until the answer is set', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'candidate', payload: { candidate: { candidate: HOST_CANDIDATE, sdpMid: '0', sdpMLineIndex: 0 } } })
		await flush()
		expect(pc.ops()).not.toContain('addIceCandidate')

		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'the-answer' } })
		await flush()
		expect(pc.calls.slice(-2)).toEqual([
			{ op: 'setRemoteDescription', type: 'answer', sdp: 'the-answer' },
			{ op: 'addIceCandidate', candidate: HOST_CANDIDATE },
		])
	})

	it('accepts candidates without sid (Android) and in Android\'s payload shape', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'a' } })
		peer.handleMessage({ from: REMOTE, roomType: 'video', type: 'candidate', payload: { type: 'candidate', candidate: { sdpMid: '0', sdpMLineIndex: 0, candidate: HOST_CANDIDATE } } })
		await flush()
		expect(pc.calls.at(-1)).toEqual({ op: 'addIceCandidate', candidate: HOST_CANDIDATE })
	})

	it('offers again with a new sid when nobody answers, then fails with no-answer', async () => {
		const failures: unknown[] = []
		const peer = makePeer({ maxOfferAttempts: 2 })
		peer.on('state', ({ failure }) => failure && failures.push(failure))
		const first = await offer(peer)

		await vi.advanceTimersByTimeAsync(10_000)
		expect(first.closed).toBe(true)
		expect(sentOfType('offer').map((message) => message.sid)).toEqual(['sid-1', 'sid-2'])

		await vi.advanceTimersByTimeAsync(10_000)
		expect(peer.state).toBe('failed')
		expect(failures).toEqual(['no-answer'])
		expect(FakePeerConnection.last().closed).toBe(true)
	})
})

describe('RemotePeer as answerer', () => {
	it('waits without offering when the rule says the remote offers', async () => {
		const peer = makePeer()
		peer.start(false)
		await vi.advanceTimersByTimeAsync(9_000)
		expect(FakePeerConnection.instances).toEqual([])
		expect(sent).toEqual([])
	})

	it('offers itself when the expected offer does not come, as Talk\'s web client does', async () => {
		const peer = makePeer()
		peer.start(false)
		await vi.advanceTimersByTimeAsync(10_000)
		expect(sentOfType('offer')).toHaveLength(1)
	})

	it('answers on a new connection echoing the sid, with nick and its own status channel only', async () => {
		const peer = makePeer()
		peer.start(false)
		const pc = await receiveOffer(peer, 'talk-sid')

		expect(pc.ops()).toEqual(['addTrack', 'addTrack', 'createDataChannel', 'setRemoteDescription', 'createAnswer', 'setLocalDescription'])
		expect(pc.channels.map((channel) => channel.label)).toEqual(['status'])
		expect(JSON.stringify(sent[0])).toBe('{"to":"sharer-session","sid":"talk-sid","roomType":"video","type":"answer","payload":{"type":"answer","sdp":"answer-1-1","nick":"Rita Recipient"}}')

		pc.gather(HOST_CANDIDATE)
		expect(sent[1]?.sid).toBe('talk-sid')
		await vi.advanceTimersByTimeAsync(20_000)
		expect(sentOfType('offer')).toEqual([])
	})

	it('answers an offer without sid (Android) without sid', async () => {
		const peer = makePeer()
		const pc = await receiveOffer(peer, undefined)
		pc.gather(HOST_CANDIDATE)
		expect(JSON.stringify(sent[0])).toBe('{"to":"sharer-session","roomType":"video","type":"answer","payload":{"type":"answer","sdp":"answer-1-1","nick":"Rita Recipient"}}')
		expect(sent[1]).not.toHaveProperty('sid')
	})

	it('buffers candidates that arrive before the offer and adds them after the remote description', async () => {
		const peer = makePeer()
		peer.handleMessage({ from: REMOTE, sid: 'talk-sid', roomType: 'video', type: 'candidate', payload: { candidate: { candidate: HOST_CANDIDATE, sdpMid: '0', sdpMLineIndex: 0 } } })
		await flush()
		const pc = await receiveOffer(peer, 'talk-sid')
		expect(pc.ops().indexOf('addIceCandidate')).toBeGreaterThan(pc.ops().indexOf('setRemoteDescription'))
	})

	it('renegotiates in place for the same sid and replaces the connection for a new sid', async () => {
		const peer = makePeer()
		const first = await receiveOffer(peer, 'sid-a', 'sdp-1')
		await receiveOffer(peer, 'sid-a', 'sdp-2-restart')
		expect(FakePeerConnection.instances).toHaveLength(1)
		expect(first.remoteDescription).toEqual({ type: 'offer', sdp: 'sdp-2-restart' })

		const second = await receiveOffer(peer, 'sid-b', 'sdp-3')
		expect(FakePeerConnection.instances).toHaveLength(2)
		expect(first.closed).toBe(true)
		expect(second.remoteDescription).toEqual({ type: 'offer', sdp: 'sdp-3' })
		expect(sentOfType('answer').map((message) => message.sid)).toEqual(['sid-a', 'sid-a', 'sid-b'])
	})

	it('keeps its own unanswered offer when the remote\'s offer with another sid crosses it (glare)', async () => {
		const peer = makePeer()
		const own = await offer(peer)
		await receiveOffer(peer, 'talk-sid')
		expect(FakePeerConnection.instances).toEqual([own])
		expect(own.closed).toBe(false)
		expect(sentOfType('answer')).toEqual([])

		// Talk's web client ends its peer when our offer arrives and answers it.
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'the-answer' } })
		await flush()
		expect(own.remoteDescription).toEqual({ type: 'answer', sdp: 'the-answer' })
	})

	it('still answers a crossing offer without sid (Android), giving up its own', async () => {
		const peer = makePeer()
		const own = await offer(peer)
		const answering = await receiveOffer(peer, undefined)
		expect(own.closed).toBe(true)
		expect(answering).not.toBe(own)
		expect(sentOfType('answer')).toHaveLength(1)
	})

	it('answers a new offer once its own offer was answered', async () => {
		const peer = makePeer()
		const own = await offer(peer)
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'the-answer' } })
		await flush()
		const answering = await receiveOffer(peer, 'talk-sid')
		expect(own.closed).toBe(true)
		expect(sentOfType('answer')[0]?.sid).toBe('talk-sid')
		expect(answering.remoteDescription).toEqual({ type: 'offer', sdp: 'remote-offer' })
	})

	it('ends on the same connection as Talk\'s web client when its offer was delayed and both sides offered again after 10 s', async () => {
		// Seen in the demo: our first offer reached the sharer only after ~10 s. Then our answer
		// timeout and Talk web's 10 s re-offer fired together. Talk web processes, in order:
		// its own new offer, our first offer (ends its peer, answers), our second offer (ends
		// that peer, answers). We must end on our second offer, never on Talk's.
		const peer = makePeer()
		await offer(peer)
		await vi.advanceTimersByTimeAsync(10_000)
		const second = FakePeerConnection.last()
		expect(sentOfType('offer').map((message) => message.sid)).toEqual(['sid-1', 'sid-2'])

		await receiveOffer(peer, 'talk-fallback-sid')
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'answer-to-first' } })
		peer.handleMessage({ from: REMOTE, sid: 'sid-2', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'answer-to-second' } })
		await flush()

		expect(sentOfType('answer')).toEqual([])
		expect(FakePeerConnection.last()).toBe(second)
		expect(second.closed).toBe(false)
		expect(second.remoteDescription).toEqual({ type: 'answer', sdp: 'answer-to-second' })
	})

	it('emits the remote stream once per stream', async () => {
		const peer = makePeer()
		const streams: unknown[] = []
		peer.on('remoteStream', ({ stream }) => streams.push(stream))
		const pc = await receiveOffer(peer, 'sid-a')
		const remote = new FakeMediaStream()
		pc.remoteTrack(new FakeMediaStreamTrack('audio'), [remote])
		pc.remoteTrack(new FakeMediaStreamTrack('video'), [remote])
		expect(streams).toEqual([remote])
	})
})

describe('RemotePeer state messages', () => {
	it('sends our state over the status channel as soon as it opens', async () => {
		const pc = await offer(makePeer({ localMedia: { audio: true, video: false, speaking: false } }))
		pc.channel('status').open()
		expect(pc.channel('status').sent).toEqual([
			'{"type":"audioOn"}',
			'{"type":"stoppedSpeaking"}',
			'{"type":"videoOff"}',
			'{"type":"nickChanged","payload":"Rita Recipient"}',
		])
	})

	it('uses the remote status channel when its own is not open', async () => {
		const peer = makePeer()
		const pc = await receiveOffer(peer, 'sid-a')
		const remoteStatus = pc.remoteChannel('status')
		remoteStatus.open()
		expect(remoteStatus.sent[0]).toBe('{"type":"audioOn"}')
	})

	it('announces mute state and name over signaling on every transition to connected', async () => {
		const peer = makePeer({ localMedia: { audio: false, video: true, speaking: false } })
		const pc = await offer(peer)
		sent = []
		pc.setIceState('checking')
		pc.setIceState('connected')
		expect(sent.map((message) => JSON.stringify(message))).toEqual([
			'{"to":"sharer-session","roomType":"video","type":"mute","payload":{"name":"audio"}}',
			'{"to":"sharer-session","roomType":"video","type":"unmute","payload":{"name":"video"}}',
			'{"to":"sharer-session","roomType":"video","type":"nickChanged","payload":{"name":"Rita Recipient"}}',
		])
		pc.setIceState('disconnected')
		pc.setIceState('connected')
		expect(sentOfType('mute')).toHaveLength(2)
		expect(states).toEqual(['connected', 'reconnecting', 'connected'])
	})

	it('tells the remote about mute, camera and speaking changes', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		const status = pc.channel('status')
		status.open()
		status.sent.length = 0
		sent = []

		peer.setLocalMedia({ audio: true, video: true, speaking: true })
		peer.setLocalMedia({ audio: false, video: true, speaking: true })
		peer.setLocalMedia({ audio: false, video: false, speaking: true })

		expect(status.sent).toEqual(['{"type":"speaking"}', '{"type":"audioOff"}', '{"type":"stoppedSpeaking"}', '{"type":"videoOff"}'])
		expect(sent.map((message) => [message.type, message.payload])).toEqual([
			['mute', { name: 'audio' }],
			['mute', { name: 'video' }],
		])
	})

	it('reads the remote\'s state from data channel and signaling messages', async () => {
		const peer = makePeer()
		const media: unknown[] = []
		const nicks: string[] = []
		peer.on('remoteMedia', (state) => media.push(state))
		peer.on('nick', ({ name }) => nicks.push(name))
		const pc = await receiveOffer(peer, 'sid-a')
		const remoteStatus = pc.remoteChannel('status')

		remoteStatus.receive({ type: 'audioOn' })
		remoteStatus.receive({ type: 'videoOff' })
		remoteStatus.receive({ type: 'speaking' })
		pc.remoteChannel('JanusDataChannel').receive({ type: 'stoppedSpeaking' })
		pc.remoteChannel('simplewebrtc').receive({ type: 'speaking' })
		remoteStatus.receive({ type: 'nickChanged', payload: { name: 'Alice A.', userid: 'alice' } })
		remoteStatus.receive('not json')
		peer.handleMessage({ from: REMOTE, roomType: 'video', type: 'unmute', payload: { name: 'video' } })
		peer.handleMessage({ from: REMOTE, roomType: 'video', type: 'nickChanged', payload: { name: 'Alice B.' } })

		expect(media).toEqual([
			{ audio: true, video: undefined, speaking: undefined },
			{ audio: true, video: false, speaking: undefined },
			{ audio: true, video: false, speaking: true },
			{ audio: true, video: false, speaking: false },
			{ audio: true, video: true, speaking: false },
		])
		expect(nicks).toEqual(['Alice', 'Alice A.', 'Alice B.'])
	})

	it('obeys a moderator\'s forceMute for our session only', async () => {
		const peer = makePeer()
		const muted = vi.fn()
		peer.on('forceMute', muted)
		peer.handleMessage({ from: REMOTE, type: 'control', payload: { action: 'forceMute', peerId: 'someone-else' } })
		peer.handleMessage({ from: REMOTE, type: 'control', payload: { action: 'forceMute', peerId: OWN } })
		expect(muted).toHaveBeenCalledTimes(1)
	})
})

describe('RemotePeer recovery', () => {
	it('restarts ICE on the same sid after 5 s disconnected, as offerer', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'a' } })
		await flush()
		pc.setIceState('connected')
		sent = []

		pc.setIceState('disconnected')
		await vi.advanceTimersByTimeAsync(4_999)
		expect(sentOfType('offer')).toEqual([])
		await vi.advanceTimersByTimeAsync(1)
		expect(pc.calls.filter((call) => call.op === 'createOffer').at(-1)).toEqual({ op: 'createOffer', iceRestart: true })
		expect(sentOfType('offer')[0]?.sid).toBe('sid-1')
		expect(FakePeerConnection.instances).toHaveLength(1)
		expect(peer.state).toBe('reconnecting')
	})

	it('does not restart when the connection came back within the grace time', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'a' } })
		await flush()
		pc.setIceState('connected')
		pc.setIceState('disconnected')
		pc.setIceState('connected')
		sent = []
		await vi.advanceTimersByTimeAsync(10_000)
		expect(sentOfType('offer')).toEqual([])
	})

	it('sends connectivityError and restarts on failed, at most maxIceRestarts times', async () => {
		const failures: unknown[] = []
		const peer = makePeer({ maxIceRestarts: 2 })
		peer.on('state', ({ failure }) => failure && failures.push(failure))
		const pc = await offer(peer)
		const answer = async () => {
			peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'a' } })
			await flush()
		}
		await answer()
		pc.setIceState('failed')
		await flush()
		expect(JSON.stringify(sentOfType('connectivityError')[0])).toBe('{"to":"sharer-session","sid":"sid-1","roomType":"video","type":"connectivityError"}')
		expect(sentOfType('offer')).toHaveLength(2)

		await answer()
		pc.setIceState('failed')
		await flush()
		expect(sentOfType('offer')).toHaveLength(3)

		await answer()
		pc.setIceState('failed')
		await flush()
		expect(sentOfType('offer')).toHaveLength(3)
		expect(peer.state).toBe('failed')
		expect(failures).toEqual(['ice'])
	})

	it('treats Chromium\'s failed connectionState like ICE failed', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		peer.handleMessage({ from: REMOTE, sid: 'sid-1', roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'a' } })
		await flush()
		pc.setConnectionState('failed')
		await flush()
		expect(sentOfType('connectivityError')).toHaveLength(1)
		expect(pc.calls.at(-2)).toEqual({ op: 'createOffer', iceRestart: true })
	})

	it('waits for the offerer\'s restart as answerer, and fails if it never comes', async () => {
		const peer = makePeer({ answererRecoveryMs: 30_000 })
		const pc = await receiveOffer(peer, 'talk-sid')
		pc.setIceState('connected')
		sent = []

		pc.setIceState('failed')
		await flush()
		expect(sent).toEqual([])
		expect(peer.state).toBe('reconnecting')

		await receiveOffer(peer, 'talk-sid', 'restart-offer')
		pc.setIceState('connected')
		await vi.advanceTimersByTimeAsync(30_000)
		expect(peer.state).toBe('connected')

		pc.setIceState('failed')
		await vi.advanceTimersByTimeAsync(30_000)
		expect(peer.state).toBe('failed')
	})

	it('shows reconnecting when the remote reports a connectivity error', async () => {
		const peer = makePeer()
		const pc = await receiveOffer(peer, 'talk-sid')
		pc.setIceState('connected')
		peer.handleMessage({ from: REMOTE, sid: 'talk-sid', roomType: 'video', type: 'connectivityError' })
		expect(peer.state).toBe('reconnecting')
	})

	it('closes its connection and stops all timers on close', async () => {
		const peer = makePeer()
		const pc = await offer(peer)
		peer.close()
		await vi.advanceTimersByTimeAsync(60_000)
		expect(pc.closed).toBe(true)
		expect(peer.state).toBe('closed')
		expect(sentOfType('offer')).toHaveLength(1)
	})
})

describe('RemotePeer as MCU publisher (nextcloud-spreed-signaling)', () => {
	/**
	 * @param options overrides
	 */
	function publisher(options: Partial<RemotePeerOptions> = {}): RemotePeer {
		return makePeer({ remoteSessionId: OWN, mcuRole: 'publisher', ...options })
	}

	/**
	 * The MCU's answer as server/hub.go sendMcuMessageResponse sends it: from and to our own
	 * session, with the sid of the publisher (the first offer's sid, sfu/janus/janus.go NewPublisher).
	 *
	 * @param sid the publisher's sid
	 * @param sdp the answer
	 */
	function mcuAnswer(sid: string, sdp = 'mcu-answer') {
		return { from: OWN, to: OWN, sid, roomType: 'video' as const, type: 'answer', payload: { type: 'answer', sdp } }
	}

	it('after a lost answer offers again with the first sid on the same connection, and takes the answer the publisher sends', async () => {
		const peer = publisher()
		peer.start(true)
		await flush()
		const pc = FakePeerConnection.last()
		expect(sentOfType('offer').map((message) => message.sid)).toEqual(['sid-1'])

		// The MCU's first answer never arrives; after the answer timeout the offer goes out again.
		await vi.advanceTimersByTimeAsync(10_000)
		const offers = sentOfType('offer')
		expect(offers.map((message) => message.sid)).toEqual(['sid-1', 'sid-1'])
		expect(offers[1]?.payload).toEqual(offers[0]?.payload)
		expect(FakePeerConnection.instances).toHaveLength(1)
		expect(pc.closed).toBe(false)

		// server/clientsession.go GetOrCreatePublisher: the same publisher, answering with its sid.
		peer.handleMessage(mcuAnswer('sid-1'))
		await flush()
		expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'mcu-answer' })
		await vi.advanceTimersByTimeAsync(30_000)
		expect(peer.state).not.toBe('failed')
	})

	it('takes the answer of a publisher with another sid and sends its candidates with that sid', async () => {
		const peer = publisher()
		peer.start(true)
		await flush()
		const pc = FakePeerConnection.last()
		peer.handleMessage(mcuAnswer('publisher-sid'))
		await flush()
		expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'mcu-answer' })

		pc.gather(HOST_CANDIDATE)
		expect(sentOfType('candidate').map((message) => message.sid)).toEqual(['publisher-sid'])
	})
})
