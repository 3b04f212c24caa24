/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CandidatePayload } from '../../../src/call/IceCandidates.ts'

import { beforeEach, describe, expect, it } from 'vitest'
import { IceCandidates } from '../../../src/call/IceCandidates.ts'
import { FakePeerConnection, flush } from './fakes/webrtc.ts'

const HOST = 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host'
const RELAY = 'candidate:2 1 udp 41885439 198.51.100.7 3478 typ relay raddr 0.0.0.0 rport 0'
const SRFLX = 'candidate:3 1 udp 1686052607 203.0.113.9 50001 typ srflx raddr 192.0.2.1 rport 50000'

let sent: CandidatePayload[]

/**
 * @param candidate the candidate line
 * @param sdpMid media id
 * @param sdpMLineIndex m-line index
 */
function local(candidate: string, sdpMid = '0', sdpMLineIndex = 0): RTCIceCandidate {
	return { candidate, sdpMid, sdpMLineIndex } as RTCIceCandidate
}

/**
 * @param candidate the candidate line
 */
function remote(candidate: string): Record<string, unknown> {
	return { candidate: { candidate, sdpMid: '0', sdpMLineIndex: 0 } }
}

/**
 * A connection whose remote description is (or is not yet) set.
 *
 * @param described whether the remote description is set
 */
function connection(described: boolean): FakePeerConnection {
	const pc = new FakePeerConnection({})
	pc.remoteDescription = described ? { type: 'offer', sdp: 'remote' } : null
	return pc
}

/**
 * @param pc the connection
 */
function added(pc: FakePeerConnection): string[] {
	return pc.calls.flatMap((call) => call.op === 'addIceCandidate' ? [call.candidate] : [])
}

beforeEach(() => {
	FakePeerConnection.reset()
	sent = []
})

describe('IceCandidates, ours', () => {
	it('holds our candidates until the description went out, then sends them nested, and later ones at once', () => {
		const candidates = new IceCandidates((payload) => sent.push(payload))
		candidates.newConnection('sid-1')
		candidates.gathered(local(HOST))
		expect(sent).toEqual([])
		candidates.descriptionSent()
		candidates.gathered(local(SRFLX, '1', 1))
		expect(sent).toEqual([
			{ candidate: { candidate: HOST, sdpMid: '0', sdpMLineIndex: 0 } },
			{ candidate: { candidate: SRFLX, sdpMid: '1', sdpMLineIndex: 1 } },
		])
	})

	it('holds again for a new description (ICE restart), and drops what it held for a replaced connection', () => {
		const candidates = new IceCandidates((payload) => sent.push(payload))
		candidates.descriptionSent()
		candidates.holdLocal()
		candidates.gathered(local(HOST))
		expect(sent).toEqual([])
		candidates.newConnection('sid-2')
		candidates.descriptionSent()
		expect(sent).toEqual([])
	})

	it('never sends an end-of-candidates (null or empty) and notes a relay candidate', () => {
		const candidates = new IceCandidates((payload) => sent.push(payload))
		candidates.descriptionSent()
		candidates.gathered(null)
		candidates.gathered(local(''))
		candidates.gathered(local(HOST))
		expect(sent).toHaveLength(1)
		expect(candidates.gatheredRelayCandidate).toBe(false)
		candidates.gathered(local(RELAY))
		expect(candidates.gatheredRelayCandidate).toBe(true)
	})
})

describe('IceCandidates, the remote\'s', () => {
	it('adds a candidate at once when the remote description is set, and ignores one it cannot read', async () => {
		const candidates = new IceCandidates(() => {})
		const pc = connection(true)
		await candidates.received(pc as unknown as RTCPeerConnection, 'sid-1', remote(HOST))
		await candidates.received(pc as unknown as RTCPeerConnection, 'sid-1', { candidate: 'flat string' })
		await candidates.received(pc as unknown as RTCPeerConnection, 'sid-1', { candidate: null })
		await candidates.received(pc as unknown as RTCPeerConnection, 'sid-1', {})
		expect(added(pc)).toEqual([HOST])
	})

	it('holds candidates without a connection or before the remote description, then adds those of the sid (or without sid)', async () => {
		const candidates = new IceCandidates(() => {})
		await candidates.received(null, 'sid-a', remote(HOST))
		const pc = connection(false)
		await candidates.received(pc as unknown as RTCPeerConnection, undefined, remote(SRFLX))
		await candidates.received(pc as unknown as RTCPeerConnection, 'sid-b', remote(RELAY))
		expect(added(pc)).toEqual([])

		await candidates.addHeld(pc as unknown as RTCPeerConnection, 'sid-a')
		expect(added(pc)).toEqual([HOST, SRFLX])
		await candidates.addHeld(pc as unknown as RTCPeerConnection, 'sid-b')
		expect(added(pc)).toEqual([HOST, SRFLX])
	})

	it('keeps only the held candidates of the new connection\'s sid, and those without sid', async () => {
		const candidates = new IceCandidates(() => {})
		await candidates.received(null, 'old-sid', remote(HOST))
		await candidates.received(null, 'new-sid', remote(RELAY))
		await candidates.received(null, undefined, remote(SRFLX))
		candidates.newConnection('new-sid')
		const pc = connection(true)
		await candidates.addHeld(pc as unknown as RTCPeerConnection, 'new-sid')
		expect(added(pc)).toEqual([RELAY, SRFLX])

		// The old sid's candidates are gone for good, even for a connection under that sid again.
		await candidates.received(null, 'old-sid', remote(HOST))
		await candidates.received(null, undefined, remote(SRFLX))
		candidates.newConnection('new-sid')
		const again = connection(true)
		await candidates.addHeld(again as unknown as RTCPeerConnection, 'old-sid')
		expect(added(again)).toEqual([SRFLX])
	})

	it('shrugs off a candidate the connection refuses', async () => {
		const candidates = new IceCandidates(() => {})
		const pc = connection(true)
		pc.addIceCandidate = async () => {
			throw new Error('OperationError: unknown ufrag')
		}
		await expect(candidates.received(pc as unknown as RTCPeerConnection, 'sid-1', remote(HOST))).resolves.toBeUndefined()
		await candidates.received(null, 'sid-1', remote(HOST))
		await expect(candidates.addHeld(pc as unknown as RTCPeerConnection, 'sid-1')).resolves.toBeUndefined()
		await flush()
	})
})
