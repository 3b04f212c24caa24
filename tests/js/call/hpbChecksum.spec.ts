/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { checksum, isValidChecksum } from '../../demo/hpb/checksum.mjs'

// The HPB stand-in's side of the backend request signature; Talk's side is SignalingBackendTest.
const RANDOM = 'afb6b872ab03e3376b31bf0af601067222ff7990335ca02d327071b73c0119c6'
const BODY = '{"type":"auth","auth":{"version":"1.0","params":{"hello":"world"}}}'

describe('HPB stand-in backend checksum', () => {
	it('matches the signaling server\'s documented test vector', () => {
		expect(checksum(RANDOM, BODY, 'MySecretValue')).toBe('3c4a69ff328299803ac2879614b707c807b4758cf19450755c60656cac46e3bc')
		expect(isValidChecksum(RANDOM, '3C4A69FF328299803AC2879614B707C807B4758CF19450755C60656CAC46E3BC', BODY, 'MySecretValue')).toBe(true)
	})

	it('refuses short randoms, other secrets, other bodies and missing headers', () => {
		const short = RANDOM.slice(0, 31)
		expect(isValidChecksum(short, checksum(short, BODY, 's'), BODY, 's')).toBe(false)
		expect(isValidChecksum(RANDOM, checksum(RANDOM, BODY, 'other'), BODY, 's')).toBe(false)
		expect(isValidChecksum(RANDOM, checksum(RANDOM, BODY, 's'), BODY + ' ', 's')).toBe(false)
		expect(isValidChecksum(undefined, undefined, BODY, 's')).toBe(false)
	})
})
