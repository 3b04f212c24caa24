/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TimerId, Timers } from '../timers.ts'

export interface ReconnectBackoffOptions {
	/** Talk's web client starts at 1 s and doubles up to 16 s, jittered. */
	initialMs: number
	maxMs: number
	/** After a loss: give up when the connection could not be restored within this time. */
	giveUpMs: number
	random: () => number
}

/**
 * When to try again after the connection was lost: a jittered delay that doubles up to a
 * maximum, and one deadline for the whole recovery, from the loss until a success.
 */
export class ReconnectBackoff {
	readonly giveUpMs: number
	readonly #options: ReconnectBackoffOptions
	#delay: number
	#retryTimer: TimerId | undefined
	#giveUpTimer: TimerId | undefined

	constructor(
		private readonly timers: Timers,
		options: ReconnectBackoffOptions,
	) {
		this.#options = options
		this.giveUpMs = options.giveUpMs
		this.#delay = options.initialMs
	}

	/** A recovery is under way: its deadline runs */
	get recovering(): boolean {
		return this.#giveUpTimer !== undefined
	}

	/**
	 * Schedule the next try; the first one after a loss also starts the deadline
	 *
	 * @param retry - the next try
	 * @param giveUp - called when the deadline passes before a success
	 */
	next(retry: () => void, giveUp: () => void): void {
		if (this.#giveUpTimer === undefined) {
			this.#giveUpTimer = this.timers.setTimeout(giveUp, this.#options.giveUpMs)
		}
		const base = this.#delay
		this.#delay = Math.min(base * 2, this.#options.maxMs)
		this.#retryTimer = this.timers.setTimeout(retry, base / 2 + this.#options.random() * base)
	}

	/** The connection is back: the deadline ends and the next loss starts from the first delay */
	succeeded(): void {
		this.timers.clearTimeout(this.#giveUpTimer)
		this.#giveUpTimer = undefined
		this.#delay = this.#options.initialMs
	}

	/** No more tries */
	cancel(): void {
		this.timers.clearTimeout(this.#retryTimer)
		this.timers.clearTimeout(this.#giveUpTimer)
		this.#giveUpTimer = undefined
	}
}
