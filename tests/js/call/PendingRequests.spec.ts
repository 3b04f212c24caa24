/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { WebSocketLike } from '../../../src/call/signaling/externalProtocol.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ExternalSignalingError } from '../../../src/call/signaling/ExternalSignalingError.ts'
import { PendingRequests } from '../../../src/call/signaling/PendingRequests.ts'
import { browserTimers } from '../../../src/call/timers.ts'

describe('PendingRequests', () => {
	let sent: Array<{ id: string, type: string }>
	let socket: WebSocketLike

	beforeEach(() => {
		vi.useFakeTimers()
		sent = []
		socket = { readyState: 1, send: (text: string) => sent.push(JSON.parse(text)), close: () => {}, addEventListener: () => {} }
	})
	afterEach(() => vi.useRealTimers())

	it('sends each request with its own id and the body under its type, and resolves it with the answer of that id', async () => {
		const requests = new PendingRequests(browserTimers, 15_000)
		const hello = requests.send(socket, 'hello', { version: '1.0' })
		const room = requests.send(socket, 'room', { roomid: 'abc' })
		expect(sent).toEqual([{ id: '1', type: 'hello', hello: { version: '1.0' } }, { id: '2', type: 'room', room: { roomid: 'abc' } }])

		expect(requests.settle({ id: '2', type: 'room', room: { roomid: 'abc' } })).toBe(true)
		expect(requests.settle({ id: '1', type: 'hello', hello: { sessionid: 's', resumeid: 'r' } })).toBe(true)
		await expect(room).resolves.toMatchObject({ type: 'room' })
		await expect(hello).resolves.toMatchObject({ type: 'hello' })
	})

	it('leaves messages without a waiting id to the caller', () => {
		const requests = new PendingRequests(browserTimers, 15_000)
		expect(requests.settle({ type: 'event' })).toBe(false)
		expect(requests.settle({ id: '7', type: 'hello' })).toBe(false)
	})

	it('rejects with the server\'s error code, named after what was asked', async () => {
		const requests = new PendingRequests(browserTimers, 15_000)
		const room = requests.send(socket, 'room', {})
		requests.settle({ id: '1', type: 'error', error: { code: 'room_join_failed', message: 'no such room' } })
		await expect(room).rejects.toMatchObject({ code: 'room_join_failed', message: 'Signaling server (room): no such room [room_join_failed]', during: 'room' })
	})

	it('fails a request left unanswered after the timeout, and a late answer then settles nothing', async () => {
		const requests = new PendingRequests(browserTimers, 15_000)
		const bye = requests.send(socket, 'bye', {})
		const failed = expect(bye).rejects.toMatchObject({ code: 'timeout', during: 'session' })
		vi.advanceTimersByTime(15_000)
		await failed
		expect(requests.settle({ id: '1', type: 'bye' })).toBe(false)
	})

	it('rejectAll fails every waiting request with the given error', async () => {
		const requests = new PendingRequests(browserTimers, 15_000)
		const error = new ExternalSignalingError('connection_failed', 'the connection was closed', 'connection')
		const both = [requests.send(socket, 'hello', {}), requests.send(socket, 'room', {})]
		requests.rejectAll(error)
		for (const request of both) {
			await expect(request).rejects.toBe(error)
		}
		expect(requests.settle({ id: '1', type: 'hello' })).toBe(false)
	})
})
