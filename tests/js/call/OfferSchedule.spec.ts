/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OfferScheduleHost, OfferTimeouts } from '../../../src/call/OfferSchedule.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OfferSchedule } from '../../../src/call/OfferSchedule.ts'
import { browserTimers } from '../../../src/call/timers.ts'

let log: string[]
let closed: boolean
let connected: boolean
let connection: boolean
let restartPending: boolean

/**
 * A schedule over a host that logs what the schedule asks of it.
 *
 * @param timeouts the timeouts
 */
function makeSchedule(timeouts: OfferTimeouts = {}): OfferSchedule {
	const host: OfferScheduleHost = {
		timers: browserTimers,
		isClosed: () => closed,
		isConnected: () => connected,
		hasConnection: () => connection,
		offer: () => log.push('offer'),
		offerAgain: () => log.push('offer again'),
		requestOffer: () => log.push('requestoffer'),
		restartPending: () => restartPending,
		restartIce: () => log.push('restart ICE'),
		fail: () => log.push('fail'),
	}
	return new OfferSchedule(host, timeouts)
}

/**
 * Offer as the peer does: count it, then wait for the answer.
 *
 * @param schedule the schedule
 */
function offered(schedule: OfferSchedule): void {
	schedule.offering()
	schedule.awaitAnswer()
}

beforeEach(() => {
	vi.useFakeTimers()
	log = []
	closed = false
	connected = false
	connection = false
	restartPending = false
})

afterEach(() => {
	vi.useRealTimers()
})

describe('OfferSchedule waiting for the remote\'s offer', () => {
	it('offers itself when none came in time', async () => {
		makeSchedule({ offerWaitMs: 10_000 }).waitForRemoteOffer()
		await vi.advanceTimersByTimeAsync(9999)
		expect(log).toEqual([])
		await vi.advanceTimersByTimeAsync(1)
		expect(log).toEqual(['offer'])
	})

	it('does not offer once the remote\'s offer made a connection, or when closed', async () => {
		connection = true
		makeSchedule().waitForRemoteOffer()
		await vi.advanceTimersByTimeAsync(10_000)
		connection = false
		closed = true
		makeSchedule().waitForRemoteOffer()
		await vi.advanceTimersByTimeAsync(10_000)
		expect(log).toEqual([])
	})

	it('stops waiting when the remote offers or we offer', async () => {
		const answered = makeSchedule()
		answered.waitForRemoteOffer()
		answered.remoteOffered()
		const ours = makeSchedule()
		ours.waitForRemoteOffer()
		ours.offering()
		await vi.advanceTimersByTimeAsync(10_000)
		expect(log).toEqual([])
	})
})

describe('OfferSchedule for an unanswered offer', () => {
	it('offers again after the answer timeout, then fails after maxOfferAttempts offers', async () => {
		const schedule = makeSchedule({ answerTimeoutMs: 5000, maxOfferAttempts: 2 })
		offered(schedule)
		await vi.advanceTimersByTimeAsync(4999)
		expect(log).toEqual([])
		await vi.advanceTimersByTimeAsync(1)
		expect(log).toEqual(['offer again'])
		offered(schedule)
		await vi.advanceTimersByTimeAsync(5000)
		expect(log).toEqual(['offer again', 'fail'])
	})

	it('waits no more once answered', async () => {
		const schedule = makeSchedule()
		offered(schedule)
		schedule.answered()
		await vi.advanceTimersByTimeAsync(60_000)
		expect(log).toEqual([])
	})

	it('makes a pending ICE restart instead of offering again', async () => {
		restartPending = true
		offered(makeSchedule({ maxOfferAttempts: 1 }))
		await vi.advanceTimersByTimeAsync(10_000)
		expect(log).toEqual(['restart ICE'])
	})

	it('does nothing for a closed peer, and nothing after stop', async () => {
		const closing = makeSchedule()
		offered(closing)
		closed = true
		await vi.advanceTimersByTimeAsync(10_000)
		closed = false
		const stopped = makeSchedule()
		offered(stopped)
		stopped.waitForRemoteOffer()
		stopped.stop()
		await vi.advanceTimersByTimeAsync(60_000)
		expect(log).toEqual([])
	})
})

describe('OfferSchedule as MCU subscriber', () => {
	it('repeats requestoffer until connected', async () => {
		makeSchedule({ requestOfferIntervalMs: 10_000 }).requestOffers()
		expect(log).toEqual(['requestoffer'])
		await vi.advanceTimersByTimeAsync(10_000)
		expect(log).toEqual(['requestoffer', 'requestoffer'])
		connected = true
		await vi.advanceTimersByTimeAsync(30_000)
		expect(log).toEqual(['requestoffer', 'requestoffer'])
	})

	it('keeps one repetition when asked again, and stops when the remote offers', async () => {
		const schedule = makeSchedule()
		schedule.requestOffers()
		schedule.requestOffers()
		await vi.advanceTimersByTimeAsync(10_000)
		expect(log).toEqual(['requestoffer', 'requestoffer', 'requestoffer'])
		schedule.remoteOffered()
		await vi.advanceTimersByTimeAsync(30_000)
		expect(log).toHaveLength(3)
	})

	it('asks nothing when closed', () => {
		closed = true
		makeSchedule().requestOffers()
		expect(log).toEqual([])
	})
})
