/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { addLocalMedia, replaceSentTrack } from '../../../src/call/localMediaLines.ts'
import { FakeMediaStream, FakeMediaStreamTrack, FakePeerConnection, localStream } from './fakes/webrtc.ts'

const connection = () => new FakePeerConnection({})
const asPc = (pc: FakePeerConnection) => pc as unknown as RTCPeerConnection
const asStream = (stream: FakeMediaStream) => stream as unknown as MediaStream

describe('addLocalMedia', () => {
	it('sends our tracks in one stream on a direct connection', () => {
		const pc = connection()
		const stream = localStream()
		addLocalMedia(asPc(pc), asStream(stream), undefined)
		expect(pc.calls).toEqual([
			{ op: 'addTrack', kind: 'audio', streamId: stream.id },
			{ op: 'addTrack', kind: 'video', streamId: stream.id },
		])
	})

	it('adds a receive-only m-line for the kind a direct connection does not send', () => {
		const pc = connection()
		const stream = new FakeMediaStream([new FakeMediaStreamTrack('audio')])
		addLocalMedia(asPc(pc), asStream(stream), undefined)
		expect(pc.calls).toEqual([
			{ op: 'addTrack', kind: 'audio', streamId: stream.id },
			{ op: 'addTransceiver', kind: 'video', direction: 'recvonly' },
		])
	})

	it('an MCU publisher sends its tracks without receive-only m-lines', () => {
		const pc = connection()
		const stream = new FakeMediaStream([new FakeMediaStreamTrack('audio')])
		addLocalMedia(asPc(pc), asStream(stream), 'publisher')
		expect(pc.ops()).toEqual(['addTrack'])
	})

	it('an MCU subscriber adds nothing: the MCU\'s offer decides its m-lines', () => {
		const pc = connection()
		addLocalMedia(asPc(pc), asStream(localStream()), 'subscriber')
		expect(pc.calls).toEqual([])
	})
})

describe('replaceSentTrack', () => {
	it('replaces the sent track of that kind only, not a receive-only one', async () => {
		const pc = connection()
		const stream = new FakeMediaStream([new FakeMediaStreamTrack('video')])
		addLocalMedia(asPc(pc), asStream(stream), undefined)
		const next = new FakeMediaStreamTrack('video')
		await replaceSentTrack(asPc(pc), 'video', next as unknown as MediaStreamTrack)
		const [video, audio] = pc.transceivers
		expect(video!.sender.track).toBe(next)
		expect(audio!.direction).toBe('recvonly')
		expect(audio!.sender.track).toBeNull()
	})

	it('leaves the other kind alone', async () => {
		const pc = connection()
		const stream = localStream()
		const [audioTrack] = stream.getTracks()
		addLocalMedia(asPc(pc), asStream(stream), undefined)
		await replaceSentTrack(asPc(pc), 'video', new FakeMediaStreamTrack('video') as unknown as MediaStreamTrack)
		expect(pc.transceivers[0]!.sender.track).toBe(audioTrack)
	})
})
