/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Delivered, Session } from './fakes/FakeMcuHub.ts'

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket, useH264, useOPUS, useVP8 } from 'werift'
import { isVp8KeyFrameStart, RtpForwardingSfu } from '../../demo/hpb/RtpForwardingSfu.mjs'
import { fakeHub, session } from './fakes/FakeMcuHub.ts'

const SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n'
const sfus: RtpForwardingSfu[] = []
const peers: RTCPeerConnection[] = []

async function startSfu(hub: ReturnType<typeof fakeHub>): Promise<RtpForwardingSfu> {
	const sfu = await RtpForwardingSfu.start({ hub, log: () => {} })
	sfus.push(sfu)
	return sfu
}

// The first start loads werift and makes the shared DTLS certificate (seconds on a busy machine).
beforeAll(async () => {
	await startSfu(fakeHub())
}, 30_000)

afterEach(async () => {
	vi.useRealTimers()
	await Promise.all(sfus.splice(0).map((sfu) => sfu.stop()))
	await Promise.all(peers.splice(0).map((pc) => pc.close()))
})

describe('VP8 key frame detection of the demo SFU', () => {
	it('finds the first packet of a key frame, with and without the extended descriptor', () => {
		expect(isVp8KeyFrameStart(Buffer.from([0x10, 0x00, 0x9d, 0x01, 0x2a]))).toBe(true)
		// X, then I with a 15-bit picture id, L, T/K
		expect(isVp8KeyFrameStart(Buffer.from([0x90, 0xe0, 0x80, 0x01, 0x00, 0x00, 0x00]))).toBe(true)
		// X, then I with a 7-bit picture id
		expect(isVp8KeyFrameStart(Buffer.from([0x90, 0x80, 0x05, 0x00]))).toBe(true)
	})

	it('does not take inter frames, continuation packets, other partitions or empty payloads for one', () => {
		expect(isVp8KeyFrameStart(Buffer.from([0x10, 0x01]))).toBe(false)
		expect(isVp8KeyFrameStart(Buffer.from([0x00, 0x00]))).toBe(false)
		expect(isVp8KeyFrameStart(Buffer.from([0x11, 0x00]))).toBe(false)
		expect(isVp8KeyFrameStart(Buffer.from([]))).toBe(false)
		expect(isVp8KeyFrameStart(Buffer.from([0x90, 0x80]))).toBe(false)
	})
})

describe('the demo SFU\'s signaling contract', () => {
	it('leaves messages that are not for the MCU to the relay', async () => {
		const sfu = await startSfu(fakeHub(session('a'), session('b')))
		const fail = vi.fn()
		expect(sfu.consumes(session('a'), { type: 'room' }, { type: 'offer' }, fail)).toBe(false)
		expect(sfu.consumes(session('a'), { type: 'session', sessionid: 'b' }, { type: 'mute', payload: { name: 'audio' } }, fail)).toBe(false)
		expect(sfu.consumes(session('a'), { type: 'session', sessionid: 'b' }, 'text', fail)).toBe(false)
		expect(fail).not.toHaveBeenCalled()
	})

	it('refuses bad MCU messages with the signaling server\'s error codes', async () => {
		const hub = fakeHub(session('a'), session('b', { inCall: 0 }), session('c', { permissions: [] }))
		const sfu = await startSfu(hub)
		const fail = vi.fn()
		const to = (id: string) => ({ type: 'session', sessionid: id })
		expect(sfu.consumes(session('a'), to('a'), { type: 'offer', roomType: 'audio', payload: { sdp: SDP } }, fail)).toBe(true)
		expect(sfu.consumes(session('a'), to('a'), { type: 'offer', roomType: 'video', payload: {} }, fail)).toBe(true)
		expect(sfu.consumes(session('c', { permissions: [] }), to('c'), { type: 'offer', roomType: 'video', payload: { sdp: `${SDP}m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n` } }, fail)).toBe(true)
		expect(sfu.consumes(session('a'), to('b'), { type: 'requestoffer', roomType: 'video' }, fail)).toBe(true)
		expect(sfu.consumes(session('a'), to('a'), { type: 'candidate', roomType: 'video', payload: {} }, fail)).toBe(true)
		expect(sfu.consumes(session('a'), to('b'), { type: 'answer', roomType: 'video', payload: {} }, fail)).toBe(true)
		expect(fail.mock.calls.map(([code]) => code)).toEqual(['invalid_format', 'no_sdp', 'not_allowed', 'not_allowed', 'no_candidate', 'no_sdp'])
		// Asking oneself is ignored, as the signaling server does.
		expect(sfu.consumes(session('a'), to('a'), { type: 'requestoffer', roomType: 'video' }, fail)).toBe(true)
		expect(fail).toHaveBeenCalledTimes(6)
		expect(hub.delivered).toEqual([])
	})

	it('refuses an offer or answer whose SDP does not parse (invalid_sdp), as the signaling server does before Janus', async () => {
		const hub = fakeHub(session('a'), session('b'))
		const sfu = await startSfu(hub)
		const fail = vi.fn()
		expect(sfu.consumes(session('a'), { type: 'session', sessionid: 'a' }, { type: 'offer', roomType: 'video', sid: 's1', payload: { type: 'offer', sdp: 'not an SDP' } }, fail)).toBe(true)
		expect(sfu.consumes(session('a'), { type: 'session', sessionid: 'b' }, { type: 'answer', roomType: 'video', sid: 's2', payload: { type: 'answer', sdp: 'v=0\r\n' } }, fail)).toBe(true)
		expect(fail.mock.calls).toEqual([['invalid_sdp', 'Payload does not contain a valid SDP.'], ['invalid_sdp', 'Payload does not contain a valid SDP.']])
		expect(hub.delivered).toEqual([])
	})

	it('answers client_not_found when the publisher never publishes within the MCU timeout', async () => {
		const hub = fakeHub(session('a'), session('b'))
		const sfu = await startSfu(hub)
		vi.useFakeTimers()
		expect(sfu.consumes(session('a'), { type: 'session', sessionid: 'b' }, { type: 'requestoffer', roomType: 'video' }, vi.fn())).toBe(true)
		await vi.advanceTimersByTimeAsync(9_999)
		expect(hub.delivered).toEqual([])
		await vi.advanceTimersByTimeAsync(1)
		expect(hub.delivered).toEqual([{ to: 'a', message: { type: 'error', error: { code: 'client_not_found', message: 'No MCU client found to send message to.' } } }])
	})

	it('keeps one publisher per session with its first sid: a later offer with another sid gets that sid back, a candidate with another sid processing_failed', async () => {
		const hub = fakeHub(session('pub'))
		const sfu = await startSfu(hub)
		const client = new RTCPeerConnection({ iceServers: [], iceUseIpv6: false })
		peers.push(client)
		client.addTransceiver(new MediaStreamTrack({ kind: 'video' }), { direction: 'sendonly' })
		await client.setLocalDescription(await client.createOffer())
		const offer = (sid: string) => sfu.consumes(session('pub'), { type: 'session', sessionid: 'pub' }, { type: 'offer', roomType: 'video', sid, payload: { type: 'offer', sdp: client.localDescription?.sdp } }, vi.fn())
		const answers = () => hub.delivered.filter((entry) => entry.message.message?.data.type === 'answer').map((entry) => entry.message.message?.data.sid)

		// The first answer is lost (the test switch); the client offers again with a new sid.
		sfu.dropPublisherAnswers = { count: 1, guestsOnly: true }
		offer('first')
		await new Promise((resolve) => setTimeout(resolve, 500))
		expect(answers()).toEqual([])
		offer('second')
		await vi.waitFor(() => expect(answers()).toEqual(['first']), { timeout: 5000 })

		const fail = vi.fn()
		sfu.consumes(session('pub'), { type: 'session', sessionid: 'pub' }, { type: 'candidate', roomType: 'video', sid: 'second', payload: { candidate: { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 } } }, fail)
		expect(fail).not.toHaveBeenCalled()
		expect(hub.delivered.at(-1)?.message).toEqual({ type: 'error', error: { code: 'processing_failed', message: 'Processing of the message failed, please check server logs.' } })
	}, 15_000)

	it('checks publish rights per media line, and answers candidates for a missing publisher client_not_found', async () => {
		const hub = fakeHub(session('a', { permissions: ['publish-audio'] }))
		const sfu = await startSfu(hub)
		const fail = vi.fn()
		const video = `${SDP}m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n`
		sfu.consumes(session('a', { permissions: ['publish-audio'] }), { type: 'session', sessionid: 'a' }, { type: 'offer', roomType: 'video', sid: 's', payload: { sdp: video } }, fail)
		sfu.consumes(session('a', { permissions: ['publish-audio'] }), { type: 'session', sessionid: 'a' }, { type: 'candidate', roomType: 'video', sid: 's', payload: { candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host' } } }, fail)
		expect(fail.mock.calls.map(([code]) => code)).toEqual(['not_allowed', 'client_not_found'])
	})
})

describe('the demo SFU forwards RTP without decoding it', () => {
	it('answers a publisher with Opus and VP8 only, offers its media to a subscriber, forwards packets and data channel messages, and asks for a key frame', async () => {
		const hub = fakeHub(session('pub', { userId: 'alice' }), session('sub'))
		const sfu = await startSfu(hub)
		const messageTo = async (id: string, type: string) => {
			await vi.waitFor(() => expect(hub.delivered.some((entry) => entry.to === id && entry.message.message?.data.type === type)).toBe(true), { timeout: 5000 })
			return hub.delivered.find((entry) => entry.to === id && entry.message.message?.data.type === type)?.message.message as NonNullable<Delivered['message']>
		}

		// The publisher offers more than the SFU takes (as Chromium does): H264 must not be chosen.
		const publisher = new RTCPeerConnection({ iceServers: [], iceUseIpv6: false, codecs: { audio: [useOPUS()], video: [useH264(), useVP8()] } })
		peers.push(publisher)
		const video = new MediaStreamTrack({ kind: 'video' })
		const videoSender = publisher.addTransceiver(video, { direction: 'sendonly' }).sender
		publisher.addTransceiver(new MediaStreamTrack({ kind: 'audio' }), { direction: 'sendonly' })
		// Talk's clients send their state (name, mute, speaking) on a data channel of their own.
		const status = publisher.createDataChannel('status')
		await publisher.setLocalDescription(await publisher.createOffer())
		const keyFrameRequests = vi.fn()
		videoSender.onPictureLossIndication.subscribe(keyFrameRequests)
		expect(publisher.localDescription?.sdp).toMatch(/H264/i)
		sfu.consumes(hub.sessions.get('pub') as Session, { type: 'session', sessionid: 'pub' }, { type: 'offer', roomType: 'video', sid: 'p1', payload: { type: 'offer', sdp: publisher.localDescription?.sdp } }, vi.fn())
		const answer = await messageTo('pub', 'answer')
		expect(answer).toMatchObject({ sender: { sessionid: 'pub', userid: 'alice' }, data: { to: 'pub', from: 'pub', sid: 'p1', roomType: 'video' } })
		expect(answer.data.payload.sdp).toMatch(/a=rtpmap:\d+ VP8\/90000/)
		expect(answer.data.payload.sdp).not.toMatch(/H264/i)
		expect(answer.data.payload.sdp).toMatch(/a=rtpmap:\d+ opus\/48000\/2/i)
		expect(answer.data.payload.sdp).toMatch(/^a=setup:passive\r?$/m)
		await publisher.setRemoteDescription({ type: 'answer', sdp: answer.data.payload.sdp as string })

		sfu.consumes(session('sub'), { type: 'session', sessionid: 'pub' }, { type: 'requestoffer', roomType: 'video' }, vi.fn())
		const offer = await messageTo('sub', 'offer')
		expect(offer).toMatchObject({ sender: { sessionid: 'pub' }, data: { to: 'sub', from: 'pub', roomType: 'video' } })
		const sdp = offer.data.payload.sdp as string
		// What the publisher sent, in its order, plus the data channel Janus adds.
		expect(sdp.match(/^m=(audio|video|application)/gm)).toEqual(['m=video', 'm=audio', 'm=application'])
		expect(sdp.match(/^a=sendonly/gm)).toHaveLength(2)
		expect(sdp).toMatch(/a=rtpmap:\d+ VP8\/90000/)

		const subscriber = new RTCPeerConnection({ iceServers: [], iceUseIpv6: false })
		peers.push(subscriber)
		const received: RtpPacket[] = []
		const relayed: { label: string, data: string }[] = []
		subscriber.onDataChannel.subscribe((channel) => {
			channel.onMessage.subscribe((data) => relayed.push({ label: channel.label, data: data.toString() }))
		})
		subscriber.onTrack.subscribe((track) => {
			if (track.kind === 'video') {
				track.onReceiveRtp.subscribe((rtp) => received.push(rtp))
			}
		})
		await subscriber.setRemoteDescription({ type: 'offer', sdp })
		await subscriber.setLocalDescription(await subscriber.createAnswer())
		sfu.consumes(session('sub'), { type: 'session', sessionid: 'pub' }, { type: 'answer', roomType: 'video', sid: offer.data.sid, payload: { type: 'answer', sdp: subscriber.localDescription?.sdp } }, vi.fn())

		// A subscriber that connects makes the SFU ask the publisher for a key frame.
		await vi.waitFor(() => expect(keyFrameRequests).toHaveBeenCalled(), { timeout: 8000 })
		const payload = Buffer.from([0x10, 0x00, 0x9d, 0x01, 0x2a, 0x42])
		await vi.waitFor(() => {
			video.writeRtp(new RtpPacket(new RtpHeader({ payloadType: 96, sequenceNumber: 100, timestamp: 9000, marker: true }), payload))
			expect(received.length).toBeGreaterThan(0)
		}, { timeout: 5000, interval: 50 })
		expect(received[0]?.payload.equals(payload)).toBe(true)
		// The subscriber leg's own SSRC, not the publisher's
		expect(received[0]?.header.ssrc).not.toBe(videoSender.ssrc)

		// The publisher's data channel messages reach the subscriber on Janus' channel.
		const nick = JSON.stringify({ type: 'nickChanged', payload: { name: 'Alice Adams' } })
		await vi.waitFor(() => {
			if (status.readyState === 'open') {
				status.send(nick)
			}
			expect(relayed.length).toBeGreaterThan(0)
		}, { timeout: 5000, interval: 100 })
		expect(relayed[0]).toEqual({ label: 'JanusDataChannel', data: nick })
	}, 20_000)
})
