/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { LocalMediaState, RemoteMediaState, StatusChannelOptions } from '../../../src/call/StatusChannel.ts'

import { beforeEach, describe, expect, it } from 'vitest'
import { StatusChannel } from '../../../src/call/StatusChannel.ts'
import { FakeDataChannel, FakePeerConnection } from './fakes/webrtc.ts'

let signals: [string, unknown][]
let media: RemoteMediaState[]
let nicks: unknown[]

/**
 * @param options overrides
 */
function makeStatus(options: Partial<StatusChannelOptions> = {}): StatusChannel {
	return new StatusChannel({
		nick: 'Rita Recipient',
		localMedia: { audio: true, video: true, speaking: false },
		signal: (type, payload) => signals.push([type, payload]),
		onRemoteMedia: (state) => media.push(state),
		onNick: (name) => nicks.push(name),
		...options,
	})
}

/**
 * A new fake connection with the status attached.
 *
 * @param status the status channel
 */
function attached(status: StatusChannel): FakePeerConnection {
	const pc = new FakePeerConnection({})
	status.attach(pc as unknown as RTCPeerConnection)
	return pc
}

beforeEach(() => {
	FakePeerConnection.reset()
	signals = []
	media = []
	nicks = []
})

describe('StatusChannel', () => {
	it('opens our status channel on each connection and sends the current state when it opens', () => {
		const status = makeStatus()
		status.setLocalMedia({ audio: false, video: true, speaking: false })
		expect(signals).toEqual([])
		const pc = attached(status)
		expect(pc.calls).toEqual([{ op: 'createDataChannel', label: 'status' }])
		pc.channel('status').open()
		expect(pc.channel('status').sent).toEqual([
			'{"type":"audioOff"}',
			'{"type":"stoppedSpeaking"}',
			'{"type":"videoOn"}',
			'{"type":"nickChanged","payload":"Rita Recipient"}',
		])
	})

	it('counts as speaking only with the microphone on', () => {
		const status = makeStatus({ localMedia: { audio: false, video: true, speaking: true } })
		const pc = attached(status)
		pc.channel('status').open()
		expect(pc.channel('status').sent.slice(0, 2)).toEqual(['{"type":"audioOff"}', '{"type":"stoppedSpeaking"}'])
	})

	it('sends a remote status channel the state when it opens, and uses it while ours is not open', () => {
		const status = makeStatus({ nick: '' })
		const pc = attached(status)
		const remote = new FakeDataChannel('status')
		status.addRemoteChannel(pc as unknown as RTCPeerConnection, remote as unknown as RTCDataChannel)
		remote.open()
		expect(remote.sent).toEqual(['{"type":"audioOn"}', '{"type":"stoppedSpeaking"}', '{"type":"videoOn"}'])
	})

	it('ignores the channels of a connection it was detached from', () => {
		const status = makeStatus()
		const old = attached(status)
		const oldRemote = old.remoteChannel('status')
		status.addRemoteChannel(old as unknown as RTCPeerConnection, oldRemote as unknown as RTCDataChannel)
		status.detach()
		oldRemote.receive({ type: 'audioOff' })
		old.channel('status').open()
		expect(media).toEqual([])
		expect(old.channel('status').sent).toEqual([])

		const current = attached(status)
		status.addRemoteChannel(old as unknown as RTCPeerConnection, old.remoteChannel('status') as unknown as RTCDataChannel)
		oldRemote.receive({ type: 'audioOff' })
		expect(media).toEqual([])
		current.channel('status').open()
		expect(current.channel('status').sent).toHaveLength(4)
	})

	it('sends only what changed, and nothing without a connection', () => {
		const status = makeStatus()
		status.setLocalMedia({ audio: false, video: true, speaking: false })
		expect(signals).toEqual([])

		const pc = attached(status)
		const channel = pc.channel('status')
		channel.open()
		channel.sent.length = 0
		status.setLocalMedia({ audio: true, video: true, speaking: false })
		status.setLocalMedia({ audio: true, video: true, speaking: true })
		status.setLocalMedia({ audio: true, video: false, speaking: true })
		expect(channel.sent).toEqual(['{"type":"audioOn"}', '{"type":"speaking"}', '{"type":"videoOff"}'])
		expect(signals).toEqual([['unmute', { name: 'audio' }], ['mute', { name: 'video' }]])
	})

	it('reads the remote\'s media from the channels and from signaling, reporting changes only', () => {
		const status = makeStatus()
		const pc = attached(status)
		const remote = pc.remoteChannel('status')
		status.addRemoteChannel(pc as unknown as RTCPeerConnection, remote as unknown as RTCDataChannel)
		const janus = pc.remoteChannel('JanusDataChannel')
		status.addRemoteChannel(pc as unknown as RTCPeerConnection, janus as unknown as RTCDataChannel)
		const other = pc.remoteChannel('simplewebrtc')
		status.addRemoteChannel(pc as unknown as RTCPeerConnection, other as unknown as RTCDataChannel)

		remote.receive({ type: 'audioOn' })
		remote.receive({ type: 'audioOn' })
		other.receive({ type: 'speaking' })
		janus.receive({ type: 'speaking' })
		other.receive({ type: 'videoOff' })
		status.receiveSignaling('unmute', { name: 'video' })
		status.receiveSignaling('mute', { name: 'screen' })
		remote.receive('{not json')
		remote.receive(42)

		const expected: RemoteMediaState[] = [
			{ audio: true, video: undefined, speaking: undefined },
			{ audio: true, video: undefined, speaking: true },
			{ audio: true, video: false, speaking: true },
			{ audio: true, video: true, speaking: true },
		]
		expect(media).toEqual(expected)
		expect(status.remoteMedia).toEqual(expected.at(-1))
	})

	it('passes on the names the remote sends: a guest\'s bare name, a user\'s {name}, and over signaling', () => {
		const status = makeStatus()
		const pc = attached(status)
		const remote = pc.remoteChannel('status')
		status.addRemoteChannel(pc as unknown as RTCPeerConnection, remote as unknown as RTCDataChannel)
		remote.receive({ type: 'nickChanged', payload: 'Guest G.' })
		remote.receive({ type: 'nickChanged', payload: { name: 'Alice A.', userid: 'alice' } })
		status.receiveSignaling('nickChanged', { name: 'Alice B.' })
		expect(nicks).toEqual(['Guest G.', 'Alice A.', 'Alice B.'])
	})

	it('announces the whole state over the open channel and signaling, the name only when there is one', () => {
		const local: LocalMediaState = { audio: false, video: true, speaking: false }
		const status = makeStatus({ localMedia: local })
		const pc = attached(status)
		pc.channel('status').readyState = 'open'
		status.announce()
		expect(pc.channel('status').sent).toHaveLength(4)
		expect(signals).toEqual([['mute', { name: 'audio' }], ['unmute', { name: 'video' }], ['nickChanged', { name: 'Rita Recipient' }]])

		signals = []
		const anonymous = makeStatus({ nick: '', localMedia: local })
		attached(anonymous)
		anonymous.announce()
		expect(signals).toEqual([['mute', { name: 'audio' }], ['unmute', { name: 'video' }]])
	})
})
