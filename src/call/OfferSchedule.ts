/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TimerId, Timers } from './timers.ts'

/**
 * When one peer offers (again), following Talk's clients (TALK-CALL.md): when the offer rule says
 * the remote offers, it waits for that offer and offers itself if none comes; an offer nobody
 * answers is made again a few times, then the peer gives up; an MCU subscriber repeats its
 * `requestoffer` until it is connected.
 */

export interface OfferTimeouts {
	/** How long an offer may stay unanswered before a new offer with a new sid. */
	answerTimeoutMs?: number
	maxOfferAttempts?: number
	/** When the rule says the remote offers: how long to wait before offering ourselves, as Talk's web client does. */
	offerWaitMs?: number
	/** MCU subscriber: Talk's web client repeats `requestoffer` every 10 s until an offer arrives. */
	requestOfferIntervalMs?: number
}

/** What the schedule needs of the peer it schedules. */
export interface OfferScheduleHost {
	timers: Timers
	isClosed(): boolean
	isConnected(): boolean
	/** Whether a connection exists (the remote's offer may have made one while we waited). */
	hasConnection(): boolean
	/** Offer on a new connection (queued after the SDP work already running). */
	offer(): void
	/** Our last offer went unanswered: offer once more (queued). */
	offerAgain(): void
	/** MCU subscriber: send `requestoffer`. */
	requestOffer(): void
	/** Whether ICE recovery decided a restart while our offer was unanswered. */
	restartPending(): boolean
	/** Make that restart now (queued). */
	restartIce(): void
	/** No offer of ours was ever answered. */
	fail(): void
}

export class OfferSchedule {
	readonly #host: OfferScheduleHost
	readonly #timeouts: OfferTimeouts
	#attempts = 0
	#offerWaitTimer: TimerId | undefined
	#answerTimer: TimerId | undefined

	constructor(host: OfferScheduleHost, timeouts: OfferTimeouts = {}) {
		this.#host = host
		this.#timeouts = timeouts
	}

	/** The rule says the remote offers: wait for its offer, then offer ourselves. */
	waitForRemoteOffer(): void {
		const host = this.#host
		this.#offerWaitTimer = host.timers.setTimeout(() => {
			if (!host.hasConnection() && !host.isClosed()) {
				host.offer()
			}
		}, this.#timeouts.offerWaitMs ?? 10_000)
	}

	/** MCU subscriber: ask the MCU for an offer of the remote's media, again until connected. */
	requestOffers(): void {
		const host = this.#host
		if (host.isClosed()) {
			return
		}
		host.requestOffer()
		host.timers.clearTimeout(this.#offerWaitTimer)
		this.#offerWaitTimer = host.timers.setTimeout(() => {
			if (!host.isConnected()) {
				this.requestOffers()
			}
		}, this.#timeouts.requestOfferIntervalMs ?? 10_000)
	}

	/** We make an offer (a new one or the same again): no more waiting for the remote's. */
	offering(): void {
		this.#host.timers.clearTimeout(this.#offerWaitTimer)
		this.#attempts++
	}

	/** Our offer went out: it must be answered in time. */
	awaitAnswer(): void {
		const host = this.#host
		host.timers.clearTimeout(this.#answerTimer)
		this.#answerTimer = host.timers.setTimeout(() => this.#answerTimedOut(), this.#timeouts.answerTimeoutMs ?? 10_000)
	}

	/** The remote offered: we answer instead of waiting or offering. */
	remoteOffered(): void {
		this.#host.timers.clearTimeout(this.#offerWaitTimer)
		this.#host.timers.clearTimeout(this.#answerTimer)
	}

	/** Our offer was answered. */
	answered(): void {
		this.#host.timers.clearTimeout(this.#answerTimer)
	}

	/** Stop both timers (the peer closed or failed). */
	stop(): void {
		this.#host.timers.clearTimeout(this.#offerWaitTimer)
		this.#host.timers.clearTimeout(this.#answerTimer)
	}

	#answerTimedOut(): void {
		const host = this.#host
		if (host.isClosed()) {
			return
		}
		if (host.restartPending()) {
			host.restartIce()
			return
		}
		if (this.#attempts >= (this.#timeouts.maxOfferAttempts ?? 3)) {
			host.fail()
			return
		}
		host.offerAgain()
	}
}
