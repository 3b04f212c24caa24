/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingHandlers } from '../../demo/client/talk/InternalSignaling.ts'
import type { SignalingSettings } from '../../demo/client/talk/talkRest.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ExternalSignaling } from '../../demo/client/talk/ExternalSignaling.ts'
import { FakeHpb } from '../call/fakes/FakeHpbSocket.ts'

// The demo's stand-in of Talk web's external signaling: the sharer's side of a call.

const SETTINGS = {
	signalingMode: 'external',
	server: 'https://signal.example/standalone-signaling/',
	helloAuthParams: { '1.0': { userid: 'alice', ticket: 'ticket-1' }, '2.0': { token: 'jwt-1' } },
} as unknown as SignalingSettings
const GUEST = 'hpb-guest'

let hpb: FakeHpb
let handlers: { [Name in keyof SignalingHandlers]: ReturnType<typeof vi.fn> }

beforeEach(() => {
	vi.useFakeTimers()
	vi.spyOn(Math, 'random').mockReturnValue(0.5)
	hpb = new FakeHpb()
	vi.stubGlobal('WebSocket', Object.assign(function(url: string) {
		return hpb.create(url)
	}, { OPEN: 1 }))
	handlers = { usersInRoom: vi.fn(), message: vi.fn(), gone: vi.fn() }
	delete document.body.dataset.signalingResumes
})

afterEach(() => {
	vi.useRealTimers()
	vi.unstubAllGlobals()
})

async function connected(): Promise<ExternalSignaling> {
	const signaling = new ExternalSignaling('room1234', 'talk-session-of-alice', SETTINGS, handlers as unknown as SignalingHandlers)
	const connecting = signaling.connect()
	await vi.runAllTimersAsync()
	await connecting
	return signaling
}

function messagesTo(sessionId: string): unknown[] {
	return hpb.frames
		.filter((frame) => frame.type === 'message')
		.map((frame) => (frame.message as { recipient: { sessionid: string }, data: unknown }))
		.filter(({ recipient }) => recipient.sessionid === sessionId)
		.map(({ data }) => data)
}

describe('the Talk web stand-in\'s external signaling', () => {
	it('joins with hello v2 and the room with its Talk session', async () => {
		const signaling = await connected()

		expect(hpb.frames.map((frame) => frame.type)).toEqual(['hello', 'room'])
		expect(hpb.frames[0]?.hello).toMatchObject({ version: '2.0', auth: { params: { token: 'jwt-1' } } })
		expect(hpb.frames[1]?.room).toEqual({ roomid: 'room1234', sessionid: 'talk-session-of-alice' })
		expect(signaling.sessionId).toBe('hpb-1')
	})

	it('after a dropped socket reconnects in r/2 + random·r, resumes, and sends what was said meanwhile', async () => {
		const signaling = await connected()
		hpb.socket.drop()
		signaling.send({ to: GUEST, type: 'unmute', payload: { name: 'video' } })

		await vi.advanceTimersByTimeAsync(999)
		expect(hpb.sockets).toHaveLength(1)
		await vi.advanceTimersByTimeAsync(1)
		await vi.runAllTimersAsync()

		expect(hpb.sockets).toHaveLength(2)
		expect(hpb.socket.sent[0]).toMatchObject({ type: 'hello', hello: { version: '1.0', resumeid: 'resume-1' } })
		expect(messagesTo(GUEST)).toEqual([{ to: GUEST, type: 'unmute', payload: { name: 'video' } }])
		expect(document.body.dataset.signalingResumes).toBe('1')
		expect(handlers.gone).not.toHaveBeenCalled()
	})

	it('waits longer after each failed reconnect, up to 16 s', async () => {
		await connected()
		hpb.unreachable = true
		hpb.socket.drop()

		const attemptsAfter = async (ms: number): Promise<number> => {
			await vi.advanceTimersByTimeAsync(ms)
			return hpb.sockets.length - 1
		}
		expect(await attemptsAfter(1000)).toBe(1)
		expect(await attemptsAfter(2000)).toBe(2)
		expect(await attemptsAfter(4000)).toBe(3)
		expect(await attemptsAfter(8000)).toBe(4)
		expect(await attemptsAfter(16_000)).toBe(5)
		expect(await attemptsAfter(16_000)).toBe(6)
	})

	it('ends the call view when the server refuses the resume', async () => {
		await connected()
		hpb.resumable = false
		hpb.socket.drop()
		await vi.runAllTimersAsync()

		expect(handlers.gone).toHaveBeenCalledWith(0)
		expect(hpb.socket.readyState).toBe(3)
		expect(document.body.dataset.signalingResumes).toBeUndefined()
	})

	it('does not reconnect after it was stopped', async () => {
		const signaling = await connected()
		const stopping = signaling.stop()
		await vi.runAllTimersAsync()
		await stopping

		expect(hpb.frames.at(-1)?.type).toBe('bye')
		await vi.advanceTimersByTimeAsync(20_000)
		expect(hpb.sockets).toHaveLength(1)
	})
})
