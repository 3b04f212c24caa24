/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

export type Handler<Payload> = (payload: Payload) => void

/**
 * A small typed event emitter: each event name maps to one payload type.
 */
export class Emitter<Events extends object> {
	readonly #handlers = new Map<keyof Events, Set<Handler<never>>>()

	/**
	 * Subscribe to an event.
	 *
	 * @param event the event name
	 * @param handler called with the event's payload
	 * @return a function that unsubscribes the handler
	 */
	on<Name extends keyof Events>(event: Name, handler: Handler<Events[Name]>): () => void {
		let handlers = this.#handlers.get(event)
		if (handlers === undefined) {
			handlers = new Set()
			this.#handlers.set(event, handlers)
		}
		handlers.add(handler as Handler<never>)
		return () => this.off(event, handler)
	}

	/**
	 * Unsubscribe a handler added with `on`.
	 *
	 * @param event the event name
	 * @param handler the handler to remove
	 */
	off<Name extends keyof Events>(event: Name, handler: Handler<Events[Name]>): void {
		this.#handlers.get(event)?.delete(handler as Handler<never>)
	}

	protected emit<Name extends keyof Events>(event: Name, payload: Events[Name]): void {
		for (const handler of [...(this.#handlers.get(event) ?? [])]) {
			(handler as Handler<Events[Name]>)(payload)
		}
	}

	protected removeAllListeners(): void {
		this.#handlers.clear()
	}
}
