/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TimerId, Timers } from '../timers.ts'
import type { ServerMessage, WebSocketLike } from './externalProtocol.ts'

import { ExternalSignalingError } from './ExternalSignalingError.ts'

type RequestKind = 'hello' | 'room' | 'session'

interface PendingRequest {
	resolve(message: ServerMessage): void
	reject(error: Error): void
	timer: TimerId
	during: RequestKind
}

/**
 * The signaling server's request/answer pairs: each request carries an `id`, its answer (or
 * `error`) the same `id`; a request left unanswered fails after the timeout.
 */
export class PendingRequests {
	readonly #pending = new Map<string, PendingRequest>()
	#nextId = 1

	constructor(
		private readonly timers: Timers,
		private readonly timeoutMs: number,
	) {}

	/**
	 * Send a request and wait for its answer
	 *
	 * @param socket - the open socket
	 * @param type - `hello`, `room`, `bye`, …
	 * @param body - the request's body, sent under the key `type`
	 */
	send(socket: WebSocketLike, type: string, body: unknown): Promise<ServerMessage> {
		const id = String(this.#nextId++)
		const during: RequestKind = type === 'room' ? 'room' : type === 'hello' ? 'hello' : 'session'
		return new Promise((resolve, reject) => {
			const timer = this.timers.setTimeout(() => {
				this.#pending.delete(id)
				reject(new ExternalSignalingError('timeout', `no answer to ${type} within ${this.timeoutMs / 1000} s`, during))
			}, this.timeoutMs)
			this.#pending.set(id, { timer, resolve, reject, during })
			socket.send(JSON.stringify({ id, type, [type]: body }))
		})
	}

	/**
	 * Settle the request a message answers
	 *
	 * @param message - a message from the server
	 * @return whether it answered a pending request
	 */
	settle(message: ServerMessage): boolean {
		const pending = message.id === undefined ? undefined : this.#pending.get(message.id)
		if (pending === undefined) {
			return false
		}
		this.#pending.delete(message.id as string)
		this.timers.clearTimeout(pending.timer)
		if (message.type === 'error') {
			pending.reject(new ExternalSignalingError(message.error?.code ?? 'unknown', message.error?.message ?? 'request refused', pending.during))
		} else {
			pending.resolve(message)
		}
		return true
	}

	/**
	 * Fail every request still waiting
	 *
	 * @param error - what they fail with
	 */
	rejectAll(error: ExternalSignalingError): void {
		for (const [id, pending] of [...this.#pending]) {
			this.#pending.delete(id)
			this.timers.clearTimeout(pending.timer)
			pending.reject(error)
		}
	}
}
