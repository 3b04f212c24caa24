/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { IceRecoveryHost, IceRecoveryTimeouts } from '../../../src/call/IceRecovery.ts'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IceRecovery } from '../../../src/call/IceRecovery.ts'
import { browserTimers } from '../../../src/call/timers.ts'
import { FakePeerConnection, flush } from './fakes/webrtc.ts'

let log: string[]
let pc: FakePeerConnection | null
let offerer: boolean
let state: string
let closed: boolean

/**
 * A recovery over a host that logs what recovery asks of it.
 *
 * @param timeouts the timeouts
 * @param host overrides of the host
 */
function makeRecovery(timeouts: IceRecoveryTimeouts = {}, host: Partial<IceRecoveryHost> = {}): IceRecovery {
	return new IceRecovery({
		timers: browserTimers,
		isOfferer: () => offerer,
		connection: () => pc as unknown as RTCPeerConnection | null,
		isClosed: () => closed,
		isConnected: () => state === 'connected',
		setState: (next) => {
			state = next
			log.push(`state ${next}`)
		},
		fail: () => log.push('fail'),
		enqueue: (task) => {
			log.push('enqueue')
			void task()
		},
		offerIceRestart: async () => {
			log.push('offer iceRestart')
		},
		sendConnectivityError: () => log.push('connectivityError'),
		connected: () => log.push('announce'),
		...host,
	}, timeouts)
}

/**
 * The connection's ICE state as the browser would set it, passed to recovery.
 *
 * @param recovery the recovery
 * @param ice the new ICE state
 */
function ice(recovery: IceRecovery, ice: RTCIceConnectionState): void {
	pc!.iceConnectionState = ice
	recovery.iceStateChanged(ice)
}

beforeEach(() => {
	vi.useFakeTimers()
	log = []
	pc = new FakePeerConnection({})
	offerer = true
	state = 'connecting'
	closed = false
})

afterEach(() => {
	vi.useRealTimers()
})

describe('IceRecovery as offerer', () => {
	it('restarts ICE when still disconnected after the grace time, not when it came back', async () => {
		const recovery = makeRecovery({ disconnectedGraceMs: 5000 })
		ice(recovery, 'connected')
		ice(recovery, 'disconnected')
		await vi.advanceTimersByTimeAsync(4999)
		expect(log).toEqual(['state connected', 'announce', 'state reconnecting'])
		await vi.advanceTimersByTimeAsync(1)
		expect(log.slice(3)).toEqual(['enqueue', 'state reconnecting', 'offer iceRestart'])
		expect(recovery.restartPending).toBe(true)

		log = []
		ice(recovery, 'connected')
		expect(recovery.restartPending).toBe(false)
		ice(recovery, 'disconnected')
		ice(recovery, 'checking')
		await vi.advanceTimersByTimeAsync(5000)
		expect(log).toEqual(['state connected', 'announce', 'state reconnecting', 'state reconnecting'])
	})

	it('on failure tells the remote and restarts at once, at most maxIceRestarts times in a row, then fails', async () => {
		const recovery = makeRecovery({ maxIceRestarts: 2 })
		ice(recovery, 'failed')
		ice(recovery, 'failed')
		expect(log.filter((entry) => entry === 'offer iceRestart')).toHaveLength(2)
		expect(log.filter((entry) => entry === 'connectivityError')).toHaveLength(2)
		ice(recovery, 'failed')
		await flush()
		expect(log.at(-1)).toBe('fail')
		expect(log.filter((entry) => entry === 'offer iceRestart')).toHaveLength(2)
	})

	it('counts restarts afresh after ICE connected again', async () => {
		const recovery = makeRecovery({ maxIceRestarts: 1 })
		ice(recovery, 'failed')
		ice(recovery, 'connected')
		ice(recovery, 'failed')
		await flush()
		expect(log).not.toContain('fail')
		expect(log.filter((entry) => entry === 'offer iceRestart')).toHaveLength(2)
	})

	it('waits with the restart offer while its last offer is unanswered, leaving the restart pending', async () => {
		const recovery = makeRecovery()
		pc!.signalingState = 'have-local-offer'
		await recovery.restartIce()
		expect(log).toEqual(['state reconnecting'])
		expect(recovery.restartPending).toBe(true)
		recovery.cancelPendingRestart()
		expect(recovery.restartPending).toBe(false)
	})

	it('does not restart a connection that recovered, a closed peer, or none', async () => {
		const recovery = makeRecovery()
		pc!.iceConnectionState = 'completed'
		await recovery.restartIce()
		closed = true
		pc!.iceConnectionState = 'failed'
		await recovery.restartIce()
		closed = false
		pc = null
		await recovery.restartIce()
		expect(log).toEqual([])
	})

	it('restarts when the remote reports a connectivity error', async () => {
		const recovery = makeRecovery()
		pc!.iceConnectionState = 'disconnected'
		recovery.remoteConnectivityError()
		expect(log).toEqual(['enqueue', 'state reconnecting', 'offer iceRestart'])
	})
})

describe('IceRecovery as answerer', () => {
	beforeEach(() => {
		offerer = false
	})

	it('never restarts itself: waits for the remote\'s new offer and fails when none restored ICE in time', async () => {
		const recovery = makeRecovery({ answererRecoveryMs: 30_000 })
		ice(recovery, 'connected')
		log = []
		ice(recovery, 'failed')
		ice(recovery, 'disconnected')
		await vi.advanceTimersByTimeAsync(29_999)
		expect(log).toEqual(['state reconnecting', 'state reconnecting'])
		await vi.advanceTimersByTimeAsync(1)
		expect(log).toEqual(['state reconnecting', 'state reconnecting', 'fail'])
	})

	it('does not fail when ICE connected again in time', async () => {
		const recovery = makeRecovery({ answererRecoveryMs: 30_000 })
		ice(recovery, 'connected')
		recovery.remoteConnectivityError()
		expect(state).toBe('reconnecting')
		ice(recovery, 'connected')
		await vi.advanceTimersByTimeAsync(60_000)
		expect(log).not.toContain('fail')
	})

	it('as MCU subscriber asks the MCU for a new offer', () => {
		const requestOffer = vi.fn()
		const recovery = makeRecovery({}, { requestOffer })
		ice(recovery, 'failed')
		recovery.remoteConnectivityError()
		expect(requestOffer).toHaveBeenCalledTimes(1)
		expect(log).not.toContain('connectivityError')
	})

	it('reports connecting before the first connection and reconnecting after it', () => {
		const recovery = makeRecovery()
		ice(recovery, 'checking')
		expect(recovery.everConnected).toBe(false)
		ice(recovery, 'connected')
		ice(recovery, 'checking')
		expect(recovery.everConnected).toBe(true)
		expect(log).toEqual(['state connecting', 'state connected', 'announce', 'state reconnecting'])
	})

	it('stops waiting when stopped', async () => {
		const recovery = makeRecovery()
		ice(recovery, 'failed')
		recovery.stop()
		await vi.advanceTimersByTimeAsync(60_000)
		expect(log).not.toContain('fail')
	})
})
