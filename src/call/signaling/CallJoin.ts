/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { joinCall, leaveCall } from '../talkApi.ts'

/**
 * Our join of Talk's call as we made it, so that a new signaling session (a new participant
 * for Talk) joins again the same way: the same flags, the same consent to recording, and
 * silent when the first join was (as Talk's web client does).
 */
export class CallJoin {
	#flags: number | null = null
	#silent = false
	#recordingConsent = false
	/** A new session joined the room but has not joined the call yet. */
	#rejoinPending = false

	constructor(private readonly token: string) {}

	/** The flags we are in the call with, or null when we are not in it */
	get flags(): number | null {
		return this.#flags
	}

	async join(flags: number, silent: boolean, recordingConsent: boolean): Promise<void> {
		await joinCall(this.token, flags, silent, recordingConsent)
		this.#flags = flags
		this.#silent = silent
		this.#recordingConsent = recordingConsent
	}

	async leave(): Promise<void> {
		this.#flags = null
		await leaveCall(this.token)
	}

	/** Our signaling session is a new one: it has to join the call again, if we were in it */
	sessionReplaced(): void {
		this.#rejoinPending = this.#flags !== null
	}

	/** Join again with the new session, once */
	async rejoinIfPending(): Promise<void> {
		if (this.#rejoinPending && this.#flags !== null) {
			await joinCall(this.token, this.#flags, this.#silent, this.#recordingConsent)
			this.#rejoinPending = false
		}
	}
}
