/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PreviewStep from '../../../../../src/public-auth/sidebar/steps/PreviewStep.vue'

const mocks = vi.hoisted(() => ({
	loadState: vi.fn(),
}))

vi.mock('@nextcloud/initial-state', () => ({
	loadState: mocks.loadState,
}))

enableAutoUnmount(afterEach)

const props = {
	stream: null,
	status: 'ready' as const,
	problem: null,
	hasMicrophone: true,
	cameras: [],
	microphones: [],
	cameraId: null,
	microphoneId: null,
}

const SUMMARY = 'The sharer takes calls Mon–Fri 9:00–17:00 (their time).'

function buttons(wrapper: ReturnType<typeof mount>): string[] {
	return wrapper.findAll('button').map((button) => button.text())
}

describe('PreviewStep and the sharer\'s office hours', () => {
	beforeEach(() => {
		mocks.loadState.mockReset()
	})

	it('offers the call when the sharer set no office hours', () => {
		mocks.loadState.mockImplementation((_app: string, _key: string, fallback: unknown) => fallback)

		const wrapper = mount(PreviewStep, { props })

		expect(mocks.loadState).toHaveBeenCalledWith('video_verification', 'office_hours', null)
		expect(buttons(wrapper)).toContain('Call')
		expect(wrapper.find('[data-office-hours]').exists()).toBe(false)
	})

	it('offers the call inside the office hours', () => {
		mocks.loadState.mockReturnValue({ open: true, summary: SUMMARY })

		const wrapper = mount(PreviewStep, { props })

		expect(buttons(wrapper)).toContain('Call')
		expect(wrapper.find('[data-office-hours]').exists()).toBe(false)
	})

	it('outside them says when the sharer takes calls instead of a Call button', () => {
		mocks.loadState.mockReturnValue({ open: false, summary: SUMMARY })

		const wrapper = mount(PreviewStep, { props })

		expect(buttons(wrapper)).not.toContain('Call')
		expect(wrapper.get('[data-office-hours]').text()).toBe(SUMMARY)
	})
})
