/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ReconnectBackoff } from '../../../src/call/signaling/ReconnectBackoff.ts'
import { browserTimers } from '../../../src/call/timers.ts'

describe('ReconnectBackoff', () => {
	beforeEach(() => vi.useFakeTimers())
	afterEach(() => vi.useRealTimers())

	function backoff(random = 0.5): ReconnectBackoff {
		return new ReconnectBackoff(browserTimers, { initialMs: 1000, maxMs: 4000, giveUpMs: 30_000, random: () => random })
	}

	it('waits between half and one and a half times the delay, which doubles up to the maximum', () => {
		const tries: number[] = []
		const schedule = backoff(1)
		const retry = () => tries.push(Date.now())
		const start = Date.now()
		for (let i = 0; i < 4; i++) {
			schedule.next(retry, () => {})
			vi.advanceTimersToNextTimer()
		}
		// random() = 1: 1.5 × 1 s, 2 s, 4 s, then 4 s again (the maximum)
		expect(tries.map((at, i) => at - (i === 0 ? start : tries[i - 1]))).toEqual([1500, 3000, 6000, 6000])
	})

	it('gives up once, when the deadline from the first loss passes without a success', () => {
		const giveUp = vi.fn()
		const schedule = backoff(0)
		schedule.next(() => {}, giveUp)
		vi.advanceTimersByTime(10_000)
		schedule.next(() => {}, giveUp)
		expect(schedule.recovering).toBe(true)
		vi.advanceTimersByTime(20_000)
		expect(giveUp).toHaveBeenCalledTimes(1)
	})

	it('after a success the deadline ends and the next loss starts from the first delay', () => {
		const giveUp = vi.fn()
		const retry = vi.fn()
		const schedule = backoff(0)
		schedule.next(retry, giveUp)
		vi.advanceTimersToNextTimer()
		schedule.next(retry, giveUp)
		vi.advanceTimersToNextTimer()
		expect(retry).toHaveBeenCalledTimes(2)
		schedule.succeeded()
		expect(schedule.recovering).toBe(false)
		vi.advanceTimersByTime(60_000)
		expect(giveUp).not.toHaveBeenCalled()

		retry.mockClear()
		schedule.next(retry, giveUp)
		vi.advanceTimersByTime(499)
		expect(retry).not.toHaveBeenCalled()
		vi.advanceTimersByTime(1)
		expect(retry).toHaveBeenCalledTimes(1)
	})

	it('cancel stops the next try and the deadline', () => {
		const giveUp = vi.fn()
		const retry = vi.fn()
		const schedule = backoff()
		schedule.next(retry, giveUp)
		schedule.cancel()
		vi.advanceTimersByTime(60_000)
		expect(retry).not.toHaveBeenCalled()
		expect(giveUp).not.toHaveBeenCalled()
	})
})
