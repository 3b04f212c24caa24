/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { callStatusText, describeElapsed, formatElapsed } from '../../../../../src/public-auth/sidebar/call/callStatusText.ts'

describe('call status text', () => {
	it.each([
		['registering', 'Calling…'],
		['idle', 'Calling…'],
		['creating', 'Calling…'],
		['ringing', 'Ringing…'],
		['connecting', 'Connecting…'],
		['connected', 'Connected'],
		['reconnecting', 'Reconnecting…'],
		['ended', 'Call ended'],
	] as const)('calls %s "%s"', (phase, text) => {
		expect(callStatusText(phase)).toBe(text)
	})

	it.each([
		[0, '0:00'],
		[7_400, '0:07'],
		[754_000, '12:34'],
		[3_723_000, '1:02:03'],
		[-5, '0:00'],
	])('shows %i ms as %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text)
	})

	it('says the duration in words', () => {
		expect(describeElapsed(1_000)).toBe('1 second')
		expect(describeElapsed(65_000)).toBe('1 minute 5 seconds')
		expect(describeElapsed(120_000)).toBe('2 minutes 0 seconds')
	})
})
