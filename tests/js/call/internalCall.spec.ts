/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CallSession } from '../../../src/call/CallSession.ts'
import { createFakePeerConnection, FakePeerConnection, flush, localStream } from './fakes/webrtc.ts'

const axiosMock = vi.hoisted(() => ({ request: vi.fn() }))
vi.mock('@nextcloud/axios', () => ({ default: axiosMock }))

/**
 * The whole guest call over the real internal signaling client against a scripted Talk:
 * what goes over the wire must be what Talk's server and clients expect (TALK-CALL.md 1 and 2).
 */

const TOKEN = 'room1234'
const GUEST = 'b-guest-session'
const SHARER = 'a-sharer-session'

interface Pull {
	resolve(messages: unknown[]): void
	reject(status: number): void
}

let requests: string[]
let posted: { ev: string, fn: string, sessionId: string }[]
let pulls: Pull[]

/**
 * @param method HTTP method
 * @param url full URL
 * @param data request body
 * @param signal abort signal
 */
function talk({ method, url, data, signal }: { method: string, url: string, data?: unknown, signal?: AbortSignal }): Promise<unknown> {
	const path = url.slice(url.indexOf('/ocs/v2.php/') + '/ocs/v2.php/'.length)
	requests.push(`${method} ${path}`)
	const ok = (payload: unknown) => Promise.resolve({ status: 200, data: { ocs: { meta: {}, data: payload } } })
	if (method === 'GET' && path === `apps/spreed/api/v3/signaling/${TOKEN}`) {
		return new Promise((resolve, reject) => {
			const fail = (status: number) => reject({ response: { status, data: { ocs: { meta: {}, data: [] } } } })
			const pull: Pull = { resolve: (messages) => resolve({ status: 200, data: { ocs: { meta: {}, data: messages } } }), reject: fail }
			pulls.push(pull)
			signal?.addEventListener('abort', () => {
				pulls.splice(pulls.indexOf(pull), 1)
				reject(new Error('canceled'))
			})
		})
	}
	if (method === 'POST' && path === `apps/spreed/api/v3/signaling/${TOKEN}`) {
		posted.push(...JSON.parse((data as { messages: string }).messages))
		return ok(null)
	}
	switch (`${method} ${path}`) {
		case 'POST apps/spreed/api/v1/publicshareauth':
			return ok({ token: TOKEN, name: 'f.pdf', displayName: 'f.pdf' })
		case `POST apps/spreed/api/v4/room/${TOKEN}/participants/active`:
			return ok({ token: TOKEN, sessionId: GUEST })
		case 'GET apps/spreed/api/v3/signaling/settings':
			return ok({ signalingMode: 'internal', stunservers: [], turnservers: [] })
		default:
			return ok(null)
	}
}

/**
 * @param sessions [sessionId, inCall] pairs
 */
function usersInRoom(...sessions: [string, number][]) {
	return {
		type: 'usersInRoom',
		data: sessions.map(([sessionId, inCall]) => ({
			userId: sessionId === GUEST ? '' : 'alice',
			roomId: 3,
			lastPing: 1_800_000_000,
			sessionId,
			inCall,
			participantPermissions: 254,
			actorType: sessionId === GUEST ? 'guests' : 'users',
			actorId: sessionId === GUEST ? 'guest-hash' : 'alice',
		})),
	}
}

/**
 * @param messages pulled elements
 */
async function answerPull(...messages: unknown[]): Promise<void> {
	const pull = pulls.shift()
	if (pull === undefined) {
		throw new Error('no pull in flight')
	}
	pull.resolve(messages)
	await flush()
}

/**
 * What the guest posted so far, decoded.
 */
function postedMessages(): Record<string, unknown>[] {
	return posted.map((item) => JSON.parse(item.fn) as Record<string, unknown>)
}

beforeEach(() => {
	vi.useFakeTimers()
	FakePeerConnection.reset()
	requests = []
	posted = []
	pulls = []
	axiosMock.request.mockReset()
	axiosMock.request.mockImplementation(talk)
})

afterEach(() => {
	vi.useRealTimers()
})

describe('guest call over internal signaling', () => {
	it('rings, offers to the sharer with a smaller id, answers state, and hangs up', async () => {
		const session = new CallSession({
			shareToken: 'shareTok',
			displayName: 'Rita',
			localStream: localStream() as unknown as MediaStream,
			createPeerConnection: createFakePeerConnection,
			createSpeakingDetector: null,
			unloadTarget: null,
		})
		await session.start()
		await flush()
		expect(requests).toEqual([
			'POST apps/spreed/api/v1/publicshareauth',
			`POST apps/spreed/api/v4/room/${TOKEN}/participants/active`,
			'GET apps/spreed/api/v3/signaling/settings',
			`POST apps/spreed/api/v4/call/${TOKEN}`,
			`GET apps/spreed/api/v3/signaling/${TOKEN}`,
			`POST apps/spreed/api/v1/guest/${TOKEN}/name`,
		])
		expect(session.state).toBe('ringing')

		// The sharer answers the ring: Talk's refresh shows both in the call.
		await answerPull(usersInRoom([GUEST, 7], [SHARER, 7]))
		expect(session.state).toBe('connecting')
		const pc = FakePeerConnection.last()
		pc.gather('candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host')
		await vi.advanceTimersByTimeAsync(500)

		expect(posted.every((item) => item.ev === 'message' && item.sessionId === GUEST && typeof item.fn === 'string')).toBe(true)
		const [offer, candidate] = postedMessages()
		expect(offer).toEqual({ to: SHARER, sid: expect.any(String), roomType: 'video', type: 'offer', payload: { type: 'offer', sdp: 'offer-1-1', nick: 'Rita' } })
		expect(candidate).toMatchObject({ to: SHARER, sid: offer?.sid, type: 'candidate' })

		// Talk delivers the answer as a JSON string with `from` added by the server.
		await answerPull(
			{ type: 'message', data: JSON.stringify({ to: GUEST, sid: offer?.sid, roomType: 'video', type: 'answer', payload: { type: 'answer', sdp: 'answer-sdp', nick: 'Alice' }, from: SHARER }) },
			usersInRoom([GUEST, 7], [SHARER, 7]),
		)
		expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'answer-sdp' })

		pc.setIceState('connected')
		pc.channel('status').open()
		await vi.advanceTimersByTimeAsync(500)
		expect(session.state).toBe('connected')
		expect(postedMessages().slice(2).map((message) => [message.type, message.payload])).toEqual([
			['unmute', { name: 'audio' }],
			['unmute', { name: 'video' }],
			['nickChanged', { name: 'Rita' }],
		])
		expect(pc.channel('status').sent).toContain('{"type":"videoOn"}')

		const before = requests.length
		await session.hangUp()
		expect(requests.slice(before)).toEqual([
			`DELETE apps/spreed/api/v4/call/${TOKEN}`,
			`DELETE apps/spreed/api/v4/room/${TOKEN}/participants/active`,
		])
		// the pull in flight was aborted, and no new one started
		expect(pulls).toEqual([])
		await vi.advanceTimersByTimeAsync(30_000)
		expect(requests.slice(before + 2)).toEqual([])
	})

	it('ends as room-gone when the pull answers 409 (session replaced)', async () => {
		const session = new CallSession({
			shareToken: 'shareTok',
			displayName: 'Rita',
			localStream: localStream() as unknown as MediaStream,
			createPeerConnection: createFakePeerConnection,
			createSpeakingDetector: null,
			unloadTarget: null,
		})
		await session.start()
		await flush()
		pulls.shift()?.reject(409)
		await flush()
		expect(session.ending).toEqual({ reason: 'room-gone', sessionGone: 'duplicate' })
		expect(requests.filter((request) => request.startsWith('DELETE'))).toEqual([])
	})
})
