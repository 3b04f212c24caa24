/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VueWrapper } from '@vue/test-utils'
import type { AdminSettings } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import PolicyForm from '../../../src/admin/PolicyForm.vue'

const mocks = vi.hoisted(() => ({
	put: vi.fn(),
	showError: vi.fn(),
	showSuccess: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: { put: mocks.put },
	isAxiosError: (error: { isAxiosError?: boolean }) => error?.isAxiosError === true,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
	showSuccess: mocks.showSuccess,
}))

const SETTINGS: AdminSettings = {
	usableBy: 'everyone',
	allowedGroups: [],
	requiredGroups: ['legal'],
	defaultMode: 'approve',
	requestTtlMinutes: 15,
	grantTtlMinutes: 0,
	retentionDays: 365,
	allowCallsWithoutVideo: false,
}
const GROUPS = [{ id: 'legal', displayName: 'Legal team' }, { id: 'sharers', displayName: 'Sharers' }]

const ocs = (data: unknown) => ({ data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } })

const mountForm = (settings: AdminSettings = SETTINGS) => mount(PolicyForm, { props: { settings, groups: GROUPS }, attachTo: document.body })

const numberInputs = (wrapper: VueWrapper) => wrapper.findAll<HTMLInputElement>('input[type="number"]')

/**
 * Submit the form as the Save button does
 *
 * @param wrapper - the mounted form
 */
async function submit(wrapper: VueWrapper): Promise<void> {
	await wrapper.get('form').trigger('submit')
	await flushPromises()
}

describe('PolicyForm', () => {
	beforeEach(() => {
		mocks.put.mockReset()
		mocks.showError.mockReset()
		mocks.showSuccess.mockReset()
	})

	it('shows the saved policy, the chosen groups by name', () => {
		const wrapper = mountForm()

		expect(numberInputs(wrapper).map((input) => input.element.value)).toEqual(['15', '0', '365'])
		expect(wrapper.get<HTMLInputElement>('input[type="radio"][value="everyone"]').element.checked).toBe(true)
		expect(wrapper.get<HTMLInputElement>('input[type="radio"][value="approve"]').element.checked).toBe(true)
		expect(wrapper.text()).toContain('Legal team')
		expect(wrapper.find('#video-verification-allowed-groups').exists()).toBe(false)
	})

	it('saves the whole policy and shows what the server keeps', async () => {
		mocks.put.mockResolvedValue(ocs({ ...SETTINGS, requestTtlMinutes: 30, defaultMode: 'password' }))
		const wrapper = mountForm()
		await numberInputs(wrapper)[0]!.setValue('30')
		await wrapper.get('input[type="radio"][value="password"]').trigger('change')

		await submit(wrapper)

		expect(mocks.put).toHaveBeenCalledWith(expect.stringContaining('/apps/video_verification/api/v1/admin/settings'), {
			...SETTINGS,
			requestTtlMinutes: 30,
			defaultMode: 'password',
		})
		expect(mocks.showSuccess).toHaveBeenCalledWith('Video verification settings saved')
		expect(numberInputs(wrapper)[0]!.element.value).toBe('30')
	})

	it('switches "Allow calls without video" on (off by default) and sends it with the policy', async () => {
		mocks.put.mockResolvedValue(ocs({ ...SETTINGS, allowCallsWithoutVideo: true }))
		const wrapper = mountForm()
		const toggle = wrapper.get<HTMLInputElement>('[data-calls-without-video] input')
		expect(toggle.element.checked).toBe(false)
		expect(wrapper.text()).toContain('Allow calls without video')

		await toggle.trigger('click')
		await submit(wrapper)

		expect(mocks.put).toHaveBeenCalledWith(expect.anything(), { ...SETTINGS, allowCallsWithoutVideo: true })
		expect(wrapper.get<HTMLInputElement>('[data-calls-without-video] input').element.checked).toBe(true)
	})

	it.each([
		[0, '0', 'Enter a whole number from 1 to 1440.'],
		[0, '1.5', 'Enter a whole number from 1 to 1440.'],
		[1, '-1', 'Enter a whole number from 0 to 43200.'],
		[2, '3651', 'Enter a whole number from 0 to 3650.'],
		[2, '', 'Enter a whole number from 0 to 3650.'],
	])('refuses field %i = "%s" before sending anything', async (field, value, message) => {
		const wrapper = mountForm()
		await numberInputs(wrapper)[field]!.setValue(value)

		await submit(wrapper)

		expect(mocks.put).not.toHaveBeenCalled()
		expect(wrapper.text()).toContain(message)
	})

	it('asks for a group when only members of groups may use it', async () => {
		const wrapper = mountForm()
		await wrapper.get('input[type="radio"][value="groups"]').trigger('change')

		await submit(wrapper)

		expect(wrapper.find('#video-verification-allowed-groups').exists()).toBe(true)
		expect(mocks.put).not.toHaveBeenCalled()
		expect(wrapper.text()).toContain('Choose at least one group.')
	})

	it('sends the allowed groups by id', async () => {
		mocks.put.mockResolvedValue(ocs({ ...SETTINGS, usableBy: 'groups', allowedGroups: ['sharers'] }))
		const wrapper = mountForm({ ...SETTINGS, usableBy: 'groups', allowedGroups: ['sharers'] })

		await submit(wrapper)

		expect(mocks.put.mock.calls[0]![1]).toMatchObject({ usableBy: 'groups', allowedGroups: ['sharers'], requiredGroups: ['legal'] })
	})

	it('shows the server\'s reason when it refuses', async () => {
		mocks.put.mockRejectedValue({ isAxiosError: true, response: { status: 400, data: { ocs: { meta: { status: 'failure', statuscode: 400 }, data: { error: 'invalid_body', message: 'The group "legal" does not exist.' } } } } })
		const wrapper = mountForm()

		await submit(wrapper)

		expect(mocks.showError).toHaveBeenCalledWith('The group "legal" does not exist.')
		expect(wrapper.text()).toContain('The group "legal" does not exist.')
		expect(mocks.showSuccess).not.toHaveBeenCalled()
	})
})
