/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMessage, SignalingParticipant } from './signaling/Signaling.ts'

/**
 * What the signaling brings while the call join request runs, held until the call rings: with
 * the High Performance Backend Talk's `incall` reaches the signaling server during that request,
 * so the participant list that shows a remote already in the call (and, without an MCU, its
 * offer) usually arrives first. Of the participant lists only the last counts; every message
 * counts, in order.
 */
export class EarlySignaling {
	#held: { participants: SignalingParticipant[] | null, messages: CallMessage[] } | null = { participants: null, messages: [] }

	/**
	 * Hold a participant list if still holding.
	 *
	 * @param participants the list
	 * @return whether it was held
	 */
	holdParticipants(participants: SignalingParticipant[]): boolean {
		if (this.#held === null) {
			return false
		}
		this.#held.participants = participants
		return true
	}

	/**
	 * Hold a call message if still holding.
	 *
	 * @param message the message
	 * @return whether it was held
	 */
	holdMessage(message: CallMessage): boolean {
		if (this.#held === null) {
			return false
		}
		this.#held.messages.push(message)
		return true
	}

	/**
	 * Stop holding and hand over what was held: the last participant list, then the messages.
	 *
	 * @param participants receives the last list
	 * @param message receives each message in order
	 */
	release(participants: (participants: SignalingParticipant[]) => void, message: (message: CallMessage) => void): void {
		const held = this.#held
		this.#held = null
		if (held === null) {
			return
		}
		if (held.participants !== null) {
			participants(held.participants)
		}
		held.messages.forEach(message)
	}
}
