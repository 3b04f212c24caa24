/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Delivered, Session } from './fakes/FakeMcuHub.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JanusMcu } from '../../demo/hpb/JanusMcu.mjs'
import { FakeJanus } from './fakes/FakeJanus.ts'
import { fakeHub, session } from './fakes/FakeMcuHub.ts'

const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n'
const ANSWER = 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n'
const CANDIDATE = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 }
const to = (id: string) => ({ type: 'session', sessionid: id })
/** Generous: the machine may be busy. */
const WAIT = { timeout: 5000 }

let janus: FakeJanus
let mcu: JanusMcu
let hub: ReturnType<typeof fakeHub>

beforeEach(async () => {
	janus = await FakeJanus.start()
	hub = fakeHub(session('pub', { userId: 'alice' }), session('sub'))
	mcu = await JanusMcu.start({ hub, log: () => {}, url: janus.url })
})

afterEach(async () => {
	vi.useRealTimers()
	await mcu.stop()
	await janus.stop()
})

/** The publisher offers; resolves with the answer delivered to it. */
async function publish(sid = 'p1', fail = vi.fn()): Promise<NonNullable<Delivered['message']>> {
	expect(mcu.consumes(hub.sessions.get('pub') as Session, to('pub'), { type: 'offer', roomType: 'video', sid, payload: { type: 'offer', sdp: OFFER, nick: 'Alice' } }, fail)).toBe(true)
	return await messageTo('pub', 'answer')
}

async function messageTo(id: string, type: string, count = 1): Promise<NonNullable<Delivered['message']>> {
	await vi.waitFor(() => expect(hub.delivered.filter((entry) => entry.to === id && entry.message.message?.data.type === type).length).toBeGreaterThanOrEqual(count), WAIT)
	return hub.delivered.filter((entry) => entry.to === id && entry.message.message?.data.type === type)[count - 1]?.message.message as NonNullable<Delivered['message']>
}

/** The subscriber asks for the publisher's media; resolves with Janus's offer as delivered. */
async function subscribe(): Promise<NonNullable<Delivered['message']>> {
	mcu.consumes(session('sub'), to('pub'), { type: 'requestoffer', roomType: 'video' }, vi.fn())
	return await messageTo('sub', 'offer')
}

describe('the HPB stand-in\'s MCU on Janus\'s video room (over its WebSocket API)', () => {
	it('connects as the signaling server does: info, one Janus session', () => {
		expect(janus.requests.map((request) => request.janus)).toEqual(['info', 'create'])
	})

	it('publishes a session in a room of its own: create, join as publisher 1, configure with the offer; Janus\'s answer goes back with the offer\'s sid', async () => {
		const answer = await publish('p1')
		const [attach, create, join, configure] = janus.requests.slice(2)
		expect(attach).toMatchObject({ janus: 'attach', plugin: 'janus.plugin.videoroom', session_id: 1 })
		expect(create).toMatchObject({ janus: 'message', handle_id: 1000, body: { request: 'create', description: 'pub|video', publishers: 1, videoorient_ext: false, bitrate: 1_048_576 } })
		expect(join).toMatchObject({ janus: 'message', handle_id: 1000, body: { request: 'join', ptype: 'publisher', room: 1001, id: 1 } })
		expect(configure).toMatchObject({ janus: 'message', handle_id: 1000, body: { request: 'configure', audio: true, video: true, data: true }, jsep: { type: 'offer', sdp: OFFER, nick: 'Alice' } })
		expect(answer).toEqual({
			sender: { type: 'session', sessionid: 'pub', userid: 'alice' },
			data: { to: 'pub', from: 'pub', type: 'answer', roomType: 'video', sid: 'p1', payload: { type: 'answer', sdp: expect.stringContaining('VideoRoom answer') } },
		})
	})

	it('keeps one publisher with its first sid: a lost answer, the same offer again on the same handle, answered with that sid', async () => {
		mcu.dropPublisherAnswers = { count: 1, guestsOnly: false }
		mcu.consumes(hub.sessions.get('pub') as Session, to('pub'), { type: 'offer', roomType: 'video', sid: 'p1', payload: { type: 'offer', sdp: OFFER } }, vi.fn())
		await vi.waitFor(() => expect(janus.bodies().filter((body) => body.request === 'configure')).toHaveLength(1), WAIT)
		const answer = await publish('p2')
		expect(answer.data.sid).toBe('p1')
		expect(janus.bodies().map((body) => body.request)).toEqual(['create', 'join', 'configure', 'configure'])
		expect(new Set(janus.requests.filter((request) => request.body?.request === 'configure').map((request) => request.handle_id))).toEqual(new Set([1000]))
	})

	it('subscribes on requestoffer: join as subscriber of feed 1 in the publisher\'s room; Janus\'s offer to the subscriber, its answer to start, candidates both ways', async () => {
		await publish()
		const offer = await subscribe()
		expect(janus.requests.at(-1)).toMatchObject({ janus: 'message', handle_id: 1002, body: { request: 'join', ptype: 'subscriber', room: 1001, streams: [{ feed: 1 }] } })
		expect(offer).toEqual({ sender: { type: 'session', sessionid: 'pub' }, data: { to: 'sub', from: 'pub', type: 'offer', roomType: 'video', sid: '1002', payload: { type: 'offer', sdp: expect.stringContaining('VideoRoom 1001') } } })

		const fail = vi.fn()
		mcu.consumes(session('sub'), to('pub'), { type: 'answer', roomType: 'video', sid: '1002', payload: { type: 'answer', sdp: ANSWER } }, fail)
		mcu.consumes(session('sub'), to('pub'), { type: 'candidate', roomType: 'video', sid: '1002', payload: { candidate: CANDIDATE } }, fail)
		mcu.consumes(session('sub'), to('pub'), { type: 'candidate', roomType: 'video', sid: '1002', payload: { candidate: { ...CANDIDATE, candidate: '' } } }, fail)
		await vi.waitFor(() => expect(janus.requests.filter((request) => request.janus === 'trickle')).toHaveLength(2), WAIT)
		expect(janus.requests.slice(-3)).toMatchObject([
			{ janus: 'message', handle_id: 1002, body: { request: 'start', room: 1001 }, jsep: { type: 'answer', sdp: ANSWER } },
			{ janus: 'trickle', handle_id: 1002, candidate: CANDIDATE },
			{ janus: 'trickle', handle_id: 1002, candidate: { completed: true } },
		])

		// Janus's candidates: to the subscriber from the publisher, to the publisher from itself; "completed" is not passed on.
		janus.push(1002, { janus: 'trickle', candidate: { candidate: 'candidate:2 1 udp 1 127.0.0.1 40000 typ host', sdpMid: '0', sdpMLineIndex: 0 } })
		janus.push(1000, { janus: 'trickle', candidate: { candidate: 'candidate:3 1 udp 1 127.0.0.1 40001 typ host', sdpMid: '0', sdpMLineIndex: 0 } })
		janus.push(1002, { janus: 'trickle', candidate: { completed: true } })
		expect(await messageTo('sub', 'candidate')).toEqual({ sender: { type: 'session', sessionid: 'pub' }, data: { to: 'sub', from: 'pub', type: 'candidate', roomType: 'video', sid: '1002', payload: { candidate: { candidate: 'candidate:2 1 udp 1 127.0.0.1 40000 typ host', sdpMid: '0', sdpMLineIndex: 0 } } } })
		expect((await messageTo('pub', 'candidate')).data).toMatchObject({ to: 'pub', from: 'pub', sid: 'p1' })
		await new Promise((resolve) => setTimeout(resolve, 100))
		expect(hub.delivered.filter((entry) => entry.message.message?.data.type === 'candidate')).toHaveLength(2)
		expect(fail).not.toHaveBeenCalled()
	})

	it('waits for a publisher that is not sending yet (no such feed) until Janus says it is up, then joins again', async () => {
		await publish()
		let refused = false
		janus.reply = (request) => {
			if (request.body?.ptype === 'subscriber' && !refused) {
				refused = true
				return [{ janus: 'ack' }, { janus: 'event', sender: request.handle_id, plugindata: { plugin: 'janus.plugin.videoroom', data: { videoroom: 'event', error_code: 428, error: 'No such feed (1)' } } }]
			}
			return undefined
		}
		mcu.consumes(session('sub'), to('pub'), { type: 'requestoffer', roomType: 'video' }, vi.fn())
		await vi.waitFor(() => expect(refused).toBe(true), WAIT)
		await new Promise((resolve) => setTimeout(resolve, 100))
		expect(hub.delivered.filter((entry) => entry.to === 'sub')).toEqual([])
		janus.push(1000, { janus: 'webrtcup' })
		expect((await messageTo('sub', 'offer')).data.sid).toBe('1002')
		expect(janus.bodies().filter((body) => body.ptype === 'subscriber')).toHaveLength(2)
	})

	it('refuses bad input with the signaling server\'s errors and sends Janus nothing for it', async () => {
		await publish()
		await subscribe()
		const sent = janus.requests.length
		const fail = vi.fn()
		// An unknown sid: processing_failed (publisher.go / subscriber.go SendMessage)
		mcu.consumes(session('sub'), to('pub'), { type: 'candidate', roomType: 'video', sid: 'nope', payload: { candidate: CANDIDATE } }, fail)
		mcu.consumes(session('sub'), to('pub'), { type: 'answer', roomType: 'video', sid: 'nope', payload: { type: 'answer', sdp: ANSWER } }, fail)
		mcu.consumes(hub.sessions.get('pub') as Session, to('pub'), { type: 'candidate', roomType: 'video', sid: 'nope', payload: { candidate: CANDIDATE } }, fail)
		// No such handle: client_not_found (hub.go processMcuMessage)
		mcu.consumes(session('sub'), to('sub'), { type: 'candidate', roomType: 'video', payload: { candidate: CANDIDATE } }, fail)
		mcu.consumes(session('pub'), to('sub'), { type: 'answer', roomType: 'video', payload: { type: 'answer', sdp: ANSWER } }, fail)
		mcu.consumes(session('sub'), to('pub'), { type: 'candidate', roomType: 'screen', payload: { candidate: CANDIDATE } }, fail)
		// Checked before the MCU (api/signaling.go CheckValid, hub.go)
		mcu.consumes(session('sub'), to('pub'), { type: 'candidate', roomType: 'video', payload: {} }, fail)
		mcu.consumes(session('sub'), to('pub'), { type: 'answer', roomType: 'audio', payload: { sdp: ANSWER } }, fail)
		mcu.consumes(session('sub'), to('sub'), { type: 'offer', roomType: 'video', payload: { sdp: 'not an SDP' } }, fail)
		mcu.consumes(session('sub', { permissions: ['publish-audio'] }), to('sub'), { type: 'offer', roomType: 'video', payload: { sdp: OFFER } }, fail)
		await vi.waitFor(() => expect(fail).toHaveBeenCalledTimes(10), WAIT)
		const codes = fail.mock.calls.map(([code]) => code as string)
		// The checks before the MCU answer at once; the rest in each session's order.
		expect(codes.slice(0, 4)).toEqual(['no_candidate', 'invalid_format', 'invalid_sdp', 'not_allowed'])
		expect(codes.slice(4).sort()).toEqual(['client_not_found', 'client_not_found', 'client_not_found', 'processing_failed', 'processing_failed', 'processing_failed'])
		expect(janus.requests.length).toBe(sent)
	})

	it('answers a Janus error reply processing_failed and delivers nothing else', async () => {
		await publish()
		await subscribe()
		janus.reply = (request) => {
			if (request.janus === 'trickle') {
				return [{ janus: 'error', error: { code: 466, reason: 'Invalid stream' } }]
			}
			if (request.body?.request === 'configure') {
				return [{ janus: 'error', error: { code: 465, reason: 'Invalid SDP' } }]
			}
			return undefined
		}
		const delivered = hub.delivered.length
		const fail = vi.fn()
		mcu.consumes(session('sub'), to('pub'), { type: 'candidate', roomType: 'video', sid: '1002', payload: { candidate: CANDIDATE } }, fail)
		mcu.consumes(hub.sessions.get('pub') as Session, to('pub'), { type: 'offer', roomType: 'video', sid: 'p1', payload: { type: 'offer', sdp: OFFER } }, fail)
		await vi.waitFor(() => expect(fail).toHaveBeenCalledTimes(2), WAIT)
		expect(fail.mock.calls).toEqual([
			['processing_failed', 'Processing of the message failed, please check server logs.'],
			['processing_failed', 'Processing of the message failed, please check server logs.'],
		])
		expect(hub.delivered.length).toBe(delivered)
	})

	it('answers client_not_found when the publisher never publishes within the MCU timeout (10 s), without a Janus request', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
		const sent = janus.requests.length
		const fail = vi.fn()
		mcu.consumes(session('sub'), to('pub'), { type: 'requestoffer', roomType: 'video' }, fail)
		await vi.advanceTimersByTimeAsync(9_999)
		expect(fail).not.toHaveBeenCalled()
		await vi.advanceTimersByTimeAsync(1)
		expect(fail.mock.calls).toEqual([['client_not_found', 'No MCU client found to send message to.']])
		expect(janus.requests.length).toBe(sent)
	})

	it('releases a session\'s publisher (room destroyed, handle detached) and subscriptions when it leaves the call', async () => {
		await publish()
		await subscribe()
		mcu.inCallChanged(session('sub', { inCall: 0 }))
		await vi.waitFor(() => expect(janus.requests.at(-1)).toMatchObject({ janus: 'detach', handle_id: 1002 }), WAIT)
		mcu.sessionLeft(session('pub'))
		await vi.waitFor(() => expect(janus.requests.at(-1)).toMatchObject({ janus: 'detach', handle_id: 1000 }), WAIT)
		expect(janus.requests.at(-2)).toMatchObject({ janus: 'message', handle_id: 1000, body: { request: 'destroy', room: 1001 } })
		// Gone: a candidate for them finds no client.
		const fail = vi.fn()
		mcu.consumes(hub.sessions.get('pub') as Session, to('pub'), { type: 'candidate', roomType: 'video', payload: { candidate: CANDIDATE } }, fail)
		await vi.waitFor(() => expect(fail.mock.calls).toEqual([['client_not_found', 'No MCU client found to send message to.']]), WAIT)
	})

	it('closes a publisher whose media the session may no longer send, and one Janus hung up', async () => {
		await publish()
		mcu.permissionsChanged(session('pub', { permissions: ['publish-audio', 'publish-video'] }))
		await new Promise((resolve) => setTimeout(resolve, 100))
		expect(janus.requests.some((request) => request.body?.request === 'destroy')).toBe(false)
		mcu.permissionsChanged(session('pub', { permissions: ['publish-audio'] }))
		await vi.waitFor(() => expect(janus.requests.at(-1)).toMatchObject({ janus: 'detach', handle_id: 1000 }), WAIT)

		hub.delivered.length = 0
		await publish('p2')
		const handle = janus.requests.filter((request) => request.body?.request === 'configure').at(-1)?.handle_id as number
		janus.push(handle, { janus: 'hangup', reason: 'DTLS alert' })
		await vi.waitFor(() => expect(janus.requests.at(-1)).toMatchObject({ janus: 'detach', handle_id: handle }), WAIT)
	})
})
