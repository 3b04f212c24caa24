/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { mediaProblemText } from '../../../../../src/public-auth/sidebar/media/mediaProblemText.ts'

describe('mediaProblemText', () => {
	it('explains how to allow the camera when it is blocked', () => {
		const text = mediaProblemText('permission-denied')

		expect(text.title).toBe('Camera access is blocked')
		expect(text.detail).toContain('allow camera and microphone for this site')
	})

	it.each([
		['no-camera', 'No camera found', 'Connect a camera'],
		['device-in-use', 'Your camera is in use', 'Close it'],
		['unsupported', 'This browser cannot make video calls here', 'current version'],
		['failed', 'The camera could not be started', 'Try again'],
	] as const)('explains %s', (problem, title, hint) => {
		const text = mediaProblemText(problem)

		expect(text.title).toBe(title)
		expect(text.detail).toContain(hint)
	})
})
