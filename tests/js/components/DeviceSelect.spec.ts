/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DeviceSelect from '../../../src/components/DeviceSelect.vue'

const devices = [
	{ deviceId: 'camera-1', label: 'Built-in camera' },
	{ deviceId: 'camera-2', label: 'USB camera' },
]

describe('DeviceSelect', () => {
	it('is a native select labelled with its purpose', () => {
		const wrapper = mount(DeviceSelect, { props: { label: 'Camera', devices, modelValue: 'camera-2' }, attachTo: document.body })

		const select = wrapper.get<HTMLSelectElement>('select')
		const label = wrapper.get('label')
		expect(label.text()).toBe('Camera')
		expect(label.attributes('for')).toBe(select.attributes('id'))
		expect(select.element.value).toBe('camera-2')
		expect(wrapper.findAll('option').map((option) => option.text())).toEqual(['Built-in camera', 'USB camera'])
	})

	it('reports the chosen device', async () => {
		const wrapper = mount(DeviceSelect, { props: { label: 'Camera', devices, modelValue: 'camera-1' } })

		await wrapper.get('select').setValue('camera-2')

		expect(wrapper.emitted('update:modelValue')).toEqual([['camera-2']])
	})

	it('gives two selects different ids', () => {
		const first = mount(DeviceSelect, { props: { label: 'Camera', devices, modelValue: null } })
		const second = mount(DeviceSelect, { props: { label: 'Microphone', devices, modelValue: null } })

		expect(first.get('select').attributes('id')).not.toBe(second.get('select').attributes('id'))
	})

	it('can be disabled', () => {
		const wrapper = mount(DeviceSelect, { props: { label: 'Camera', devices, modelValue: null, disabled: true } })

		expect(wrapper.get('select').attributes('disabled')).toBeDefined()
	})
})
