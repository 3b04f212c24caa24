/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import MicLevelMeter from '../../../src/components/MicLevelMeter.vue'
import { installFakeAudioContext } from './fakes/audioContext.ts'
import { cameraAndMicrophone } from './fakes/media.ts'

describe('MicLevelMeter', () => {
	afterEach(() => {
		vi.useRealTimers()
		vi.unstubAllGlobals()
	})

	it('is a labelled meter that follows the microphone', async () => {
		vi.useFakeTimers()
		installFakeAudioContext(10 ** (-30 / 20))
		const wrapper = mount(MicLevelMeter, { props: { stream: cameraAndMicrophone() } })

		const meter = wrapper.get('[role="meter"]')
		expect(meter.attributes('aria-label')).toBe('Microphone level')
		expect(meter.attributes('aria-valuenow')).toBe('0')

		vi.advanceTimersByTime(100)
		await wrapper.vm.$nextTick()
		expect(meter.attributes('aria-valuenow')).toBe('50')
	})

	it('shows nothing where the browser cannot measure', () => {
		vi.stubGlobal('AudioContext', undefined)

		const wrapper = mount(MicLevelMeter, { props: { stream: cameraAndMicrophone() } })

		expect(wrapper.find('[role="meter"]').exists()).toBe(false)
	})

	it('stops measuring when the stream goes and when removed', async () => {
		const audio = installFakeAudioContext(0.5)
		const wrapper = mount(MicLevelMeter, { props: { stream: cameraAndMicrophone() } })

		await wrapper.setProps({ stream: null })
		expect(audio.closed).toBe(true)
		expect(wrapper.find('[role="meter"]').exists()).toBe(false)

		const next = installFakeAudioContext(0.5)
		await wrapper.setProps({ stream: cameraAndMicrophone() })
		wrapper.unmount()
		expect(next.closed).toBe(true)
	})
})
