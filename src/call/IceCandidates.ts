/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The ICE candidates of one connection, held until they may travel (TALK-CALL.md): ours until
 * the description they belong to was sent (a candidate must not overtake it), the remote's
 * until its description is set on our side; the remote's are kept per `sid`.
 */

/** The candidate payload as Talk's clients send and expect it (nested, for the mobile clients). */
export interface CandidatePayload {
	candidate: {
		candidate: string
		sdpMid: string | null
		sdpMLineIndex: number | null
	}
}

interface BufferedCandidate {
	sid: string | undefined
	candidate: RTCIceCandidateInit
}

export class IceCandidates {
	readonly #send: (payload: CandidatePayload) => void
	#remote: BufferedCandidate[] = []
	#local: RTCIceCandidate[] = []
	#descriptionSent = false
	#gatheredRelayCandidate = false

	/**
	 * @param send sends one of our candidates to the remote, with the connection's sid
	 */
	constructor(send: (payload: CandidatePayload) => void) {
		this.#send = send
	}

	/** Whether ICE gathered a TURN relay candidate for us (false hints at a missing or unreachable TURN server). */
	get gatheredRelayCandidate(): boolean {
		return this.#gatheredRelayCandidate
	}

	/**
	 * A new connection: our held candidates belonged to the old one; the remote's are kept only
	 * for the new sid (or without sid, as Android sends them).
	 *
	 * @param sid the new connection's sid
	 */
	newConnection(sid: string | undefined): void {
		this.#descriptionSent = false
		this.#local = []
		this.#remote = this.#remote.filter((buffered) => buffered.sid === undefined || buffered.sid === sid)
	}

	/** A new local description is about to be set: hold its candidates until it was sent (ICE restarts gather new ones). */
	holdLocal(): void {
		this.#descriptionSent = false
	}

	/** The local description went out: send what was held, and every later candidate at once. */
	descriptionSent(): void {
		this.#descriptionSent = true
		const pending = this.#local
		this.#local = []
		for (const candidate of pending) {
			this.#sendCandidate(candidate)
		}
	}

	/**
	 * ICE gathered one of our candidates (null: gathering complete).
	 *
	 * @param candidate the candidate
	 */
	gathered(candidate: RTCIceCandidate | null): void {
		// Like Talk's clients: no null / end-of-candidates message.
		if (candidate === null || candidate.candidate === '') {
			return
		}
		if (/ typ relay( |$)/.test(candidate.candidate)) {
			this.#gatheredRelayCandidate = true
		}
		if (!this.#descriptionSent) {
			this.#local.push(candidate)
			return
		}
		this.#sendCandidate(candidate)
	}

	/**
	 * A candidate from the remote: added now, or held until the remote description is set.
	 *
	 * @param pc the current connection, null before the first
	 * @param sid the message's sid
	 * @param payload the message's payload (`{candidate: {candidate, sdpMid, sdpMLineIndex}}`)
	 */
	async received(pc: RTCPeerConnection | null, sid: string | undefined, payload: Record<string, unknown>): Promise<void> {
		const candidate = payload.candidate as RTCIceCandidateInit | undefined
		if (typeof candidate !== 'object' || candidate === null || typeof candidate.candidate !== 'string') {
			return
		}
		if (pc === null || pc.remoteDescription === null) {
			this.#remote.push({ sid, candidate })
			return
		}
		await pc.addIceCandidate(candidate).catch(() => {
			// A candidate of an m-line or ICE generation that no longer exists: harmless.
		})
	}

	/**
	 * The remote description is set: add the held candidates of this connection's sid.
	 *
	 * @param pc the connection
	 * @param sid its sid
	 */
	async addHeld(pc: RTCPeerConnection, sid: string | undefined): Promise<void> {
		const pending = this.#remote
		this.#remote = []
		for (const { sid: candidateSid, candidate } of pending) {
			if (candidateSid === undefined || candidateSid === sid) {
				await pc.addIceCandidate(candidate).catch(() => {})
			}
		}
	}

	#sendCandidate(candidate: RTCIceCandidate): void {
		this.#send({
			candidate: {
				candidate: candidate.candidate,
				sdpMid: candidate.sdpMid,
				sdpMLineIndex: candidate.sdpMLineIndex,
			},
		})
	}
}
