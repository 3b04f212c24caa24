/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CallJoin } from '../../../src/call/signaling/CallJoin.ts'

const talk = vi.hoisted(() => ({ joinCall: vi.fn(), leaveCall: vi.fn() }))
vi.mock('../../../src/call/talkApi.ts', () => talk)

describe('CallJoin', () => {
	beforeEach(() => {
		talk.joinCall.mockReset().mockResolvedValue(undefined)
		talk.leaveCall.mockReset().mockResolvedValue(undefined)
	})

	it('a new session joins the call again once, the same way: flags, silence, consent', async () => {
		const call = new CallJoin('room-token')
		await call.join(7, true, true)
		expect(call.flags).toBe(7)

		call.sessionReplaced()
		await call.rejoinIfPending()
		await call.rejoinIfPending()

		expect(talk.joinCall.mock.calls).toEqual([['room-token', 7, true, true], ['room-token', 7, true, true]])
	})

	it('nothing to join again before the call was joined or after it was left', async () => {
		const call = new CallJoin('room-token')
		call.sessionReplaced()
		await call.rejoinIfPending()
		await call.join(3, false, false)
		await call.leave()
		call.sessionReplaced()
		await call.rejoinIfPending()

		expect(call.flags).toBeNull()
		expect(talk.joinCall).toHaveBeenCalledTimes(1)
		expect(talk.leaveCall).toHaveBeenCalledWith('room-token')
	})

	it('a refused join leaves us outside the call, and a failed rejoin is tried again with the next session', async () => {
		const call = new CallJoin('room-token')
		talk.joinCall.mockRejectedValueOnce(new Error('400 consent'))
		await expect(call.join(7, false, false)).rejects.toThrow('400 consent')
		expect(call.flags).toBeNull()

		await call.join(7, false, true)
		call.sessionReplaced()
		talk.joinCall.mockRejectedValueOnce(new Error('network'))
		await expect(call.rejoinIfPending()).rejects.toThrow('network')
		await call.rejoinIfPending()
		expect(talk.joinCall).toHaveBeenCalledTimes(4)
	})
})
