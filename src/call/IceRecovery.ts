/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TimerId, Timers } from './timers.ts'

/**
 * What one peer does when ICE changes state, following Talk's clients (TALK-CALL.md): the offerer
 * restarts ICE on the same connection (after a grace time when `disconnected`, at once when
 * `failed`, telling the remote with `connectivityError`), at most a few times; the answerer never
 * restarts, it waits for the offerer's new offer (an MCU subscriber asks the MCU for one) and
 * fails when none comes in time.
 */

export interface IceRecoveryTimeouts {
	/** Talk's web client restarts ICE at most 5 times. */
	maxIceRestarts?: number
	/** Talk's web client restarts ICE after 5 s in `disconnected`. */
	disconnectedGraceMs?: number
	/** As answerer after a failure: how long to wait for the remote's ICE restart. */
	answererRecoveryMs?: number
}

/** What recovery needs of the peer it recovers. */
export interface IceRecoveryHost {
	timers: Timers
	/** Whether we made the current connection's offer. */
	isOfferer(): boolean
	connection(): RTCPeerConnection | null
	isClosed(): boolean
	isConnected(): boolean
	setState(state: 'connecting' | 'reconnecting' | 'connected'): void
	/** ICE cannot be restored. */
	fail(): void
	/** Run after the SDP work already queued. */
	enqueue(task: () => Promise<void>): void
	/** Send an offer with `iceRestart` on the current connection. */
	offerIceRestart(): Promise<void>
	sendConnectivityError(): void
	/** MCU subscriber only: ask the MCU for a new offer. */
	requestOffer?: () => void
	/** ICE (re)connected: tell the remote our state. */
	connected(): void
}

export class IceRecovery {
	readonly #host: IceRecoveryHost
	readonly #timeouts: IceRecoveryTimeouts
	#everConnected = false
	#iceRestarts = 0
	#restartPending = false
	#disconnectedTimer: TimerId | undefined
	#recoveryTimer: TimerId | undefined

	constructor(host: IceRecoveryHost, timeouts: IceRecoveryTimeouts = {}) {
		this.#host = host
		this.#timeouts = timeouts
	}

	/** Whether ICE connected once: from then on a new connection is a reconnection. */
	get everConnected(): boolean {
		return this.#everConnected
	}

	/** An ICE restart was decided but its offer is not answered yet. */
	get restartPending(): boolean {
		return this.#restartPending
	}

	/** A new offer, ours or the remote's, replaces a pending restart. */
	cancelPendingRestart(): void {
		this.#restartPending = false
	}

	/**
	 * The connection's `iceConnectionState` changed.
	 *
	 * @param state the new state
	 */
	iceStateChanged(state: RTCIceConnectionState): void {
		const host = this.#host
		switch (state) {
			case 'new':
			case 'checking':
				host.setState(this.#everConnected ? 'reconnecting' : 'connecting')
				break
			case 'connected':
			case 'completed':
				host.timers.clearTimeout(this.#disconnectedTimer)
				host.timers.clearTimeout(this.#recoveryTimer)
				this.#recoveryTimer = undefined
				this.#iceRestarts = 0
				this.#restartPending = false
				this.#everConnected = true
				host.setState('connected')
				host.connected()
				break
			case 'disconnected':
				host.setState('reconnecting')
				if (host.isOfferer()) {
					host.timers.clearTimeout(this.#disconnectedTimer)
					this.#disconnectedTimer = host.timers.setTimeout(() => {
						if (host.connection()?.iceConnectionState === 'disconnected') {
							host.enqueue(async () => this.restartIce())
						}
					}, this.#timeouts.disconnectedGraceMs ?? 5000)
				} else {
					this.#awaitRemoteRecovery()
				}
				break
			case 'failed':
				this.iceFailed()
				break
		}
	}

	/** ICE failed (or Chromium's connectionState did while ICE still said otherwise). */
	iceFailed(): void {
		const host = this.#host
		if (host.isOfferer()) {
			host.sendConnectivityError()
			host.enqueue(async () => this.restartIce())
			return
		}
		host.setState('reconnecting')
		this.#awaitRemoteRecovery()
	}

	/** The remote said its ICE failed. */
	remoteConnectivityError(): void {
		const host = this.#host
		if (host.isOfferer()) {
			host.enqueue(async () => this.restartIce())
			return
		}
		if (host.isConnected()) {
			host.setState('reconnecting')
		}
		this.#awaitRemoteRecovery()
	}

	/** Restart ICE with a new offer on the same connection, unless it recovered or restarts are used up. */
	async restartIce(): Promise<void> {
		const host = this.#host
		const pc = host.connection()
		if (pc === null || host.isClosed() || pc.iceConnectionState === 'connected' || pc.iceConnectionState === 'completed') {
			return
		}
		if (this.#iceRestarts >= (this.#timeouts.maxIceRestarts ?? 5)) {
			host.fail()
			return
		}
		this.#iceRestarts++
		this.#restartPending = true
		host.setState('reconnecting')
		if (pc.signalingState !== 'stable') {
			// Our last offer is still unanswered: restarting now would be refused;
			// the answer timeout brings us back here.
			return
		}
		await host.offerIceRestart()
	}

	/** Stop both timers (the peer closed or failed). */
	stop(): void {
		this.#host.timers.clearTimeout(this.#disconnectedTimer)
		this.#host.timers.clearTimeout(this.#recoveryTimer)
		this.#recoveryTimer = undefined
	}

	/**
	 * The answerer never restarts ICE itself (as in Talk): it waits for the offerer's new offer;
	 * an MCU subscriber asks the MCU for one.
	 */
	#awaitRemoteRecovery(): void {
		const host = this.#host
		if (this.#recoveryTimer !== undefined) {
			return
		}
		host.requestOffer?.()
		this.#recoveryTimer = host.timers.setTimeout(() => {
			this.#recoveryTimer = undefined
			if (!host.isConnected()) {
				host.fail()
			}
		}, this.#timeouts.answererRecoveryMs ?? 30_000)
	}
}
