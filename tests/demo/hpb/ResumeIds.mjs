/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Resume ids the server can tell from made-up ones, as nextcloud-spreed-signaling's private
 * session ids are signed (server/hub.go decodePrivateSessionId): a forged id counts as a
 * failed attempt for the brute-force throttle, an expired one does not.
 */
export class ResumeIds {
	#key = randomBytes(32)

	/** A random resume id with its signature. */
	create() {
		const payload = randomBytes(32)
		return Buffer.concat([payload, this.#tag(payload)]).toString('base64url')
	}

	/**
	 * @param {string} resumeId from a client
	 * @return {boolean} whether this server made it (expired or not)
	 */
	decodes(resumeId) {
		const raw = Buffer.from(resumeId, 'base64url')
		return raw.length === 48 && raw.toString('base64url') === resumeId && timingSafeEqual(raw.subarray(32), this.#tag(raw.subarray(0, 32)))
	}

	/**
	 * @param {Buffer} payload the random part
	 */
	#tag(payload) {
		return createHmac('sha256', this.#key).update(payload).digest().subarray(0, 16)
	}
}
