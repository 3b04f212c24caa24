/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CallMessage, SignalingParticipant } from '../../../src/call/signaling/Signaling.ts'

import { describe, expect, it } from 'vitest'
import { EarlySignaling } from '../../../src/call/EarlySignaling.ts'

const sharer = (inCall: number): SignalingParticipant[] => [{ sessionId: 'sharer', inCall }]

/**
 * Release into a log.
 *
 * @param early the holder
 */
function release(early: EarlySignaling): string[] {
	const log: string[] = []
	early.release(
		(participants) => log.push(`participants ${participants.map((participant) => participant.inCall).join(',')}`),
		(message: CallMessage) => log.push(`${message.type} ${message.sid}`),
	)
	return log
}

describe('EarlySignaling', () => {
	it('hands over the last participant list, then every message in order', () => {
		const early = new EarlySignaling()
		expect(early.holdMessage({ type: 'offer', sid: '1' })).toBe(true)
		expect(early.holdParticipants(sharer(0))).toBe(true)
		expect(early.holdParticipants(sharer(7))).toBe(true)
		expect(early.holdMessage({ type: 'candidate', sid: '1' })).toBe(true)
		expect(release(early)).toEqual(['participants 7', 'offer 1', 'candidate 1'])
	})

	it('hands over only messages when no participant list came, and nothing when nothing came', () => {
		const withMessage = new EarlySignaling()
		withMessage.holdMessage({ type: 'offer', sid: '1' })
		expect(release(withMessage)).toEqual(['offer 1'])
		expect(release(new EarlySignaling())).toEqual([])
	})

	it('holds nothing once released, and releases only once', () => {
		const early = new EarlySignaling()
		early.holdParticipants(sharer(3))
		expect(release(early)).toEqual(['participants 3'])
		expect(early.holdParticipants(sharer(7))).toBe(false)
		expect(early.holdMessage({ type: 'offer', sid: '2' })).toBe(false)
		expect(release(early)).toEqual([])
	})
})
