/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The signature of backend requests in both directions (Talk ↔ signaling server): lower-case
 * hex HMAC-SHA256 of the random string followed by the exact body, keyed with the shared secret.
 *
 * @param {string} random the Spreed-Signaling-Random header
 * @param {string} body the request body
 * @param {string} secret the shared secret
 */
export function checksum(random, body, secret) {
	return createHmac('sha256', secret).update(random).update(body).digest('hex')
}

/**
 * @param {string | undefined} random header value
 * @param {string | undefined} sum header value
 * @param {string} body the request body
 * @param {string} secret the shared secret
 */
export function isValidChecksum(random, sum, body, secret) {
	if (typeof random !== 'string' || random.length < 32 || typeof sum !== 'string') {
		return false
	}
	const expected = Buffer.from(checksum(random, body, secret))
	const given = Buffer.from(sum.toLowerCase())
	return expected.length === given.length && timingSafeEqual(expected, given)
}

/** 64 random hex characters, as the signaling server sends. */
export function newRandom() {
	return randomBytes(32).toString('hex')
}
