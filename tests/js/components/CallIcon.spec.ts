/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CallIcon from '../../../src/components/CallIcon.vue'

describe('CallIcon', () => {
	it('is hidden from screen readers: the button carries the words', () => {
		const svg = mount(CallIcon, { props: { name: 'hang-up' } }).get('svg')

		expect(svg.attributes('aria-hidden')).toBe('true')
		expect(svg.attributes('width')).toBe('20')
	})

	it('draws the off icons as the on icons crossed out', () => {
		const path = (name: 'microphone' | 'microphone-off' | 'camera' | 'camera-off') => mount(CallIcon, { props: { name, size: 16 } }).get('path').attributes('d')!

		expect(path('microphone-off').startsWith(path('microphone'))).toBe(true)
		expect(path('camera-off').startsWith(path('camera'))).toBe(true)
		expect(path('camera-off')).not.toBe(path('camera'))
	})
})
