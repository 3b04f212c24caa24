/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingEvents } from '../../../src/call/signaling/Signaling.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InternalSignaling } from '../../../src/call/signaling/InternalSignaling.ts'
import { flush } from './fakes/webrtc.ts'

const axiosMock = vi.hoisted(() => ({ request: vi.fn() }))
vi.mock('@nextcloud/axios', () => ({ default: axiosMock }))

const TOKEN = 'room1234'
const OWN = 'own-session-id'

interface RequestConfig {
	method: string
	url: string
	data?: unknown
	signal?: AbortSignal
}

interface PendingRequest {
	config: RequestConfig
	resolve(data: unknown): void
	reject(status: number | undefined, data?: unknown): void
}

let pending: PendingRequest[]

/**
 * Requests the client made that the test has not answered yet.
 *
 * @param method HTTP method
 * @param path OCS path suffix
 */
function open(method: string, path: string): PendingRequest[] {
	return pending.filter(({ config }) => config.method === method && config.url.endsWith(path))
}

const pulls = () => open('GET', `/apps/spreed/api/v3/signaling/${TOKEN}`)
const sends = () => open('POST', `/apps/spreed/api/v3/signaling/${TOKEN}`)

/**
 * Answer the oldest open pull.
 *
 * @param data the pulled messages
 */
async function answerPull(data: unknown[]): Promise<void> {
	const pull = pulls()[0]
	if (pull === undefined) {
		throw new Error('no pull in flight')
	}
	pull.resolve(data)
	await flush()
}

/**
 * Fail the oldest open pull.
 *
 * @param status HTTP status
 */
async function failPull(status: number | undefined): Promise<void> {
	const pull = pulls()[0]
	if (pull === undefined) {
		throw new Error('no pull in flight')
	}
	pull.reject(status, [{ type: 'usersInRoom', data: [] }])
	await flush()
}

/**
 * A signaling in the call, events recorded.
 *
 * @param options constructor overrides
 */
async function joinedSignaling(options: Partial<ConstructorParameters<typeof InternalSignaling>[0]> = {}) {
	const signaling = new InternalSignaling({ token: TOKEN, sessionId: OWN, ...options })
	const events: { [Name in keyof SignalingEvents]: SignalingEvents[Name][] } = {
		participants: [],
		message: [],
		sessionGone: [],
		connectionState: [],
		error: [],
	}
	for (const name of Object.keys(events) as (keyof SignalingEvents)[]) {
		signaling.on(name, (payload) => {
			(events[name] as unknown[]).push(payload)
		})
	}
	await signaling.connect()
	const joining = signaling.joinCall(7)
	await flush()
	open('POST', `/apps/spreed/api/v4/call/${TOKEN}`)[0]?.resolve(null)
	await joining
	await flush()
	return { signaling, events }
}

beforeEach(() => {
	vi.useFakeTimers()
	pending = []
	axiosMock.request.mockReset()
	axiosMock.request.mockImplementation((config: RequestConfig) => new Promise((resolve, reject) => {
		const entry: PendingRequest = {
			config,
			resolve: (data) => {
				pending.splice(pending.indexOf(entry), 1)
				resolve({ status: 200, data: { ocs: { meta: {}, data } } })
			},
			reject: (status, data) => {
				pending.splice(pending.indexOf(entry), 1)
				reject(status === undefined ? new Error('Network Error') : { response: { status, data: { ocs: { meta: {}, data } } } })
			},
		}
		pending.push(entry)
		config.signal?.addEventListener('abort', () => entry.reject(undefined))
	}))
})

afterEach(() => {
	vi.useRealTimers()
})

describe('InternalSignaling receiving', () => {
	it('does not pull before the call is joined, then joins the call before the first pull', async () => {
		const signaling = new InternalSignaling({ token: TOKEN, sessionId: OWN })
		await signaling.connect()
		expect(signaling.ownSessionId).toBe(OWN)
		expect(pending).toEqual([])
		const joining = signaling.joinCall(7, true)
		await flush()
		const [join] = open('POST', `/apps/spreed/api/v4/call/${TOKEN}`)
		expect(join?.config.data).toEqual({ flags: 7, silent: true })
		expect(pulls()).toEqual([])
		join?.resolve(null)
		await joining
		await flush()
		expect(pulls()).toHaveLength(1)
	})

	it('emits usersInRoom as participants and parsed messages, then pulls again at once', async () => {
		const { events } = await joinedSignaling()
		await answerPull([
			{ type: 'message', data: '{"to":"own-session-id","sid":"1","roomType":"video","type":"offer","payload":{"type":"offer","sdp":"x"},"from":"sharer"}' },
			{ type: 'unknown', data: 'ignored' },
			{ type: 'message', data: 'not json' },
			{
				type: 'usersInRoom',
				data: [
					{ userId: 'alice', roomId: 12, lastPing: 100, sessionId: 'sharer', inCall: 7, participantPermissions: 254, actorType: 'users', actorId: 'alice' },
					{ userId: '', roomId: 12, lastPing: 100, sessionId: OWN, inCall: 7, participantPermissions: 254, actorType: 'guests', actorId: 'abc' },
				],
			},
		])
		expect(events.message).toEqual([{ to: OWN, sid: '1', roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'x' }, from: 'sharer' }])
		expect(events.participants).toEqual([{
			participants: [
				{ sessionId: 'sharer', inCall: 7, actorType: 'users', actorId: 'alice', userId: 'alice' },
				{ sessionId: OWN, inCall: 7, actorType: 'guests', actorId: 'abc', userId: '' },
			],
		}])
		expect(pulls()).toHaveLength(1)
	})

	it('stops and reports a duplicate session on 409', async () => {
		const { events } = await joinedSignaling()
		await failPull(409)
		expect(events.sessionGone).toEqual([{ reason: 'duplicate' }])
		await vi.advanceTimersByTimeAsync(60_000)
		expect(pulls()).toEqual([])
	})

	it.each([404, 403])('stops and reports a deleted session on %i', async (status) => {
		const { events } = await joinedSignaling()
		await failPull(status)
		expect(events.sessionGone).toEqual([{ reason: 'deleted' }])
		await vi.advanceTimersByTimeAsync(60_000)
		expect(pulls()).toEqual([])
	})

	it('retries other failures after the delay and recovers', async () => {
		const { events } = await joinedSignaling()
		await failPull(500)
		expect(events.connectionState.at(-1)).toEqual({ state: 'reconnecting' })
		expect(events.error).toEqual([{ error: expect.any(Error), fatal: false }])
		await vi.advanceTimersByTimeAsync(9_999)
		expect(pulls()).toEqual([])
		await vi.advanceTimersByTimeAsync(1)
		expect(pulls()).toHaveLength(1)
		await answerPull([])
		expect(events.connectionState.at(-1)).toEqual({ state: 'connected' })
		expect(pulls()).toHaveLength(1)
	})

	it('gives up after the failure limit', async () => {
		const { events } = await joinedSignaling({ maxPullFailures: 3, pullRetryDelayMs: 1000 })
		await failPull(undefined)
		await vi.advanceTimersByTimeAsync(1000)
		await failPull(502)
		await vi.advanceTimersByTimeAsync(1000)
		await failPull(undefined)
		expect(events.error.map(({ fatal }) => fatal)).toEqual([false, true])
		await vi.advanceTimersByTimeAsync(10_000)
		expect(pulls()).toEqual([])
	})

	it('stops at once when Talk says internal signaling is disabled (400)', async () => {
		const { events } = await joinedSignaling()
		await failPull(400)
		expect(events.error.map(({ fatal }) => fatal)).toEqual([true])
		expect(pulls()).toEqual([])
	})

	it('aborts the pull in flight on disconnect without reporting anything', async () => {
		const { signaling, events } = await joinedSignaling()
		const [pull] = pulls()
		await signaling.disconnect()
		await flush()
		expect(pull?.config.signal?.aborted).toBe(true)
		expect(events.sessionGone).toEqual([])
		expect(events.error).toEqual([])
		expect(events.connectionState.at(-1)).toEqual({ state: 'closed' })
		await vi.advanceTimersByTimeAsync(60_000)
		expect(pulls()).toEqual([])
	})
})

describe('InternalSignaling sending', () => {
	const offer = { to: 'sharer', sid: '1', roomType: 'video' as const, type: 'offer', payload: { type: 'offer', sdp: 'v=0', nick: 'Rita' } }
	const candidate = { to: 'sharer', sid: '1', roomType: 'video' as const, type: 'candidate', payload: { candidate: { candidate: 'c', sdpMid: '0', sdpMLineIndex: 0 } } }

	it('sends a burst at once in one request, in Talk\'s exact body shape', async () => {
		const { signaling } = await joinedSignaling()
		signaling.sendCallMessage(offer)
		signaling.sendCallMessage(candidate)
		expect(sends()).toEqual([])
		await vi.advanceTimersByTimeAsync(0)
		expect(sends()).toHaveLength(1)
		const body = sends()[0]?.config.data as { messages: string }
		expect(Object.keys(body)).toEqual(['messages'])
		expect(body.messages).toBe('[{"ev":"message","fn":"{\\"to\\":\\"sharer\\",\\"sid\\":\\"1\\",\\"roomType\\":\\"video\\",\\"type\\":\\"offer\\",\\"payload\\":{\\"type\\":\\"offer\\",\\"sdp\\":\\"v=0\\",\\"nick\\":\\"Rita\\"}}","sessionId":"own-session-id"},'
			+ '{"ev":"message","fn":"{\\"to\\":\\"sharer\\",\\"sid\\":\\"1\\",\\"roomType\\":\\"video\\",\\"type\\":\\"candidate\\",\\"payload\\":{\\"candidate\\":{\\"candidate\\":\\"c\\",\\"sdpMid\\":\\"0\\",\\"sdpMLineIndex\\":0}}}","sessionId":"own-session-id"}]')
		const items = JSON.parse(body.messages) as { fn: string }[]
		expect(items.map((item) => JSON.parse(item.fn))).toEqual([offer, candidate])
	})

	it('keeps one POST in flight and sends what came meanwhile in the next one', async () => {
		const { signaling } = await joinedSignaling()
		signaling.sendCallMessage(offer)
		await vi.advanceTimersByTimeAsync(500)
		signaling.sendCallMessage(candidate)
		await vi.advanceTimersByTimeAsync(1500)
		expect(sends()).toHaveLength(1)
		sends()[0]?.resolve(null)
		await flush()
		await vi.advanceTimersByTimeAsync(500)
		expect(sends()).toHaveLength(1)
		const items = JSON.parse((sends()[0]?.config.data as { messages: string }).messages) as { fn: string }[]
		expect(items.map((item) => JSON.parse(item.fn).type)).toEqual(['candidate'])
	})

	it('sends what came during a POST as soon as that POST is answered, not on the next tick', async () => {
		const { signaling } = await joinedSignaling()
		signaling.sendCallMessage(offer)
		await vi.advanceTimersByTimeAsync(0)
		expect(sends()).toHaveLength(1)
		// The candidates of the offer are gathered while its POST is on its way.
		await vi.advanceTimersByTimeAsync(20)
		signaling.sendCallMessage(candidate)
		await vi.advanceTimersByTimeAsync(20)
		sends()[0]?.resolve(null)
		await flush()
		// 40 ms after the first send, far from the 500 ms tick.
		expect(sends()).toHaveLength(1)
		const items = JSON.parse((sends()[0]?.config.data as { messages: string }).messages) as { fn: string }[]
		expect(items.map((item) => JSON.parse(item.fn).type)).toEqual(['candidate'])
		sends()[0]?.resolve(null)
		await vi.advanceTimersByTimeAsync(2000)
		expect(sends()).toEqual([])
	})

	it('keeps failed messages and sends them again', async () => {
		const { signaling } = await joinedSignaling()
		signaling.sendCallMessage(offer)
		await vi.advanceTimersByTimeAsync(500)
		sends()[0]?.reject(503)
		await flush()
		signaling.sendCallMessage(candidate)
		await vi.advanceTimersByTimeAsync(500)
		const items = JSON.parse((sends()[0]?.config.data as { messages: string }).messages) as { fn: string }[]
		expect(items.map((item) => JSON.parse(item.fn).type)).toEqual(['offer', 'candidate'])
	})

	it('sends nothing when there is nothing queued, and nothing after disconnect', async () => {
		const { signaling } = await joinedSignaling()
		await vi.advanceTimersByTimeAsync(5000)
		expect(sends()).toEqual([])
		signaling.sendCallMessage(offer)
		await signaling.disconnect()
		await vi.advanceTimersByTimeAsync(5000)
		expect(sends()).toEqual([])
	})

	it('leaves the call with DELETE', async () => {
		const { signaling } = await joinedSignaling()
		const leaving = signaling.leaveCall()
		await flush()
		const [leave] = open('DELETE', `/apps/spreed/api/v4/call/${TOKEN}`)
		expect(leave).toBeDefined()
		leave?.resolve(null)
		await leaving
	})
})
