/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { OutgoingCallMessage } from './signaling/Signaling.ts'

/**
 * The call messages of one peer and the `sid` that ties them to its current connection
 * (TALK-CALL.md): ours carry it, the remote's with another sid belong to a connection that is
 * gone. An MCU publisher is the exception: the MCU keeps the sid of the first offer it got
 * (nextcloud-spreed-signaling GetOrCreatePublisher) and answers every later offer with it, so
 * for it no sid is stale and the sid of its answer becomes ours.
 */
export interface PeerMessagesOptions {
	/** The remote session; for an MCU publisher our own session. */
	remoteSessionId: string
	/** Our display name, sent as `nick` with offers and answers. */
	nick: string
	mcuPublisher: boolean
	send(message: OutgoingCallMessage): void
}

export class PeerMessages {
	readonly #options: PeerMessagesOptions
	#sid: string | undefined

	constructor(options: PeerMessagesOptions) {
		this.#options = options
	}

	/** The current connection's sid (none for Android's offers). */
	get sid(): string | undefined {
		return this.#sid
	}

	/**
	 * A new connection: from now on its sid is ours.
	 *
	 * @param sid the new connection's sid
	 */
	newConnection(sid: string | undefined): void {
		this.#sid = sid
	}

	/**
	 * Whether a received message belongs to a connection that is gone.
	 *
	 * @param sid the message's sid
	 */
	isStale(sid: string | undefined): boolean {
		// Talk's web client ignores the sid of its publisher's answers and candidates too.
		if (this.#options.mcuPublisher) {
			return false
		}
		return sid !== undefined && this.#sid !== undefined && sid !== this.#sid
	}

	/**
	 * Our offer was answered with this sid.
	 *
	 * @param sid the answer's sid
	 */
	answered(sid: string | undefined): void {
		if (this.#options.mcuPublisher && sid !== undefined) {
			// The MCU's sid for our publisher: our candidates must carry it (others are refused).
			this.#sid = sid
		}
	}

	/**
	 * Send our offer or answer, with our name.
	 *
	 * @param description the session description
	 * @param description.type offer or answer
	 * @param description.sdp its SDP
	 */
	sendDescription(description: { type: 'offer' | 'answer', sdp: string | undefined }): void {
		const nick = this.#options.nick === '' ? {} : { nick: this.#options.nick }
		this.send(description.type, { type: description.type, sdp: description.sdp, ...nick }, true)
	}

	/** MCU subscriber: ask the MCU for an offer of the remote's media. */
	requestOffer(): void {
		this.#options.send({ to: this.#options.remoteSessionId, roomType: 'video', type: 'requestoffer' })
	}

	/**
	 * Send a call message to the remote session.
	 *
	 * @param type the message type
	 * @param payload its payload
	 * @param withSid whether it belongs to the current connection
	 */
	send(type: string, payload: unknown, withSid: boolean): void {
		const to = this.#options.remoteSessionId
		const message: OutgoingCallMessage = withSid && this.#sid !== undefined
			? { to, sid: this.#sid, roomType: 'video', type, payload }
			: { to, roomType: 'video', type, payload }
		this.#options.send(message)
	}
}
