/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VueWrapper } from '@vue/test-utils'
import type { OfficeHours } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import OfficeHoursSettings from '../../../src/personal/OfficeHoursSettings.vue'

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

const OFF: OfficeHours = { enabled: false, days: [], from: null, to: null, summary: null }
const WORKING_WEEK: OfficeHours = { enabled: true, days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', summary: 'Mon–Fri 9:00–17:00' }

const ocs = (data: unknown) => ({ data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data } } })

const mountPage = (hours: OfficeHours) => mount(OfficeHoursSettings, { props: { hours, timezone: 'Europe/Berlin' }, attachTo: document.body })

const dayBoxes = (wrapper: VueWrapper) => wrapper.findAll<HTMLInputElement>('input[name="video-verification-office-days"]')
const checkedDays = (wrapper: VueWrapper) => dayBoxes(wrapper).filter((box) => box.element.checked).map((box) => Number(box.element.value))

/**
 * Submit the form as the Save button does
 *
 * @param wrapper - the mounted page
 */
async function submit(wrapper: VueWrapper): Promise<void> {
	await wrapper.get('form').trigger('submit')
	await flushPromises()
}

describe('OfficeHoursSettings', () => {
	beforeEach(() => {
		mocks.put.mockReset()
		mocks.showError.mockReset()
		mocks.showSuccess.mockReset()
	})

	it('shows the saved office hours in the user\'s time zone', () => {
		const wrapper = mountPage({ ...WORKING_WEEK, days: [1, 3, 5], from: '08:30', to: '12:00', summary: 'Mon, Wed, Fri 8:30–12:00' })

		expect(wrapper.text()).toContain('Only ring me in office hours')
		expect(dayBoxes(wrapper)).toHaveLength(7)
		expect(checkedDays(wrapper)).toEqual([1, 3, 5])
		expect(wrapper.get<HTMLInputElement>('input[name="video-verification-office-from"]').element.value).toBe('08:30')
		expect(wrapper.get<HTMLInputElement>('input[name="video-verification-office-to"]').element.value).toBe('12:00')
		expect(wrapper.text()).toContain('Times are in your time zone (Europe/Berlin)')
		expect(wrapper.get('[data-office-hours-summary]').text()).toBe('Calls ring Mon, Wed, Fri 8:30–12:00.')
	})

	it('without office hours says calls ring at any time and hides the days', () => {
		const wrapper = mountPage(OFF)

		expect(wrapper.get('[data-office-hours-summary]').text()).toBe('Calls ring at any time.')
		expect(dayBoxes(wrapper)).toHaveLength(0)
	})

	it('switched on, starts from a usual working week and saves it', async () => {
		mocks.put.mockResolvedValue(ocs(WORKING_WEEK))
		const wrapper = mountPage(OFF)
		await wrapper.get('input[type="checkbox"]').setValue(true)

		expect(checkedDays(wrapper)).toEqual([1, 2, 3, 4, 5])
		await submit(wrapper)

		expect(mocks.put).toHaveBeenCalledWith(expect.stringContaining('/apps/video_verification/api/v1/office-hours'), { enabled: true, days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' })
		expect(mocks.showSuccess).toHaveBeenCalledWith('Office hours saved')
		expect(wrapper.get('[data-office-hours-summary]').text()).toBe('Calls ring Mon–Fri 9:00–17:00.')
	})

	it('saves changed days and times, sorted', async () => {
		mocks.put.mockResolvedValue(ocs({ enabled: true, days: [1, 2, 3, 4, 5, 6], from: '10:00', to: '14:30', summary: 'Mon–Sat 10:00–14:30' }))
		const wrapper = mountPage(WORKING_WEEK)
		await dayBoxes(wrapper)[5]!.setValue(true)
		await wrapper.get('input[name="video-verification-office-from"]').setValue('10:00')
		await wrapper.get('input[name="video-verification-office-to"]').setValue('14:30')

		await submit(wrapper)

		expect(mocks.put).toHaveBeenCalledWith(expect.any(String), { enabled: true, days: [1, 2, 3, 4, 5, 6], from: '10:00', to: '14:30' })
		expect(checkedDays(wrapper)).toEqual([1, 2, 3, 4, 5, 6])
	})

	it('switched off, saves that calls ring at any time', async () => {
		mocks.put.mockResolvedValue(ocs(OFF))
		const wrapper = mountPage(WORKING_WEEK)
		await wrapper.get('input[type="checkbox"]').setValue(false)

		await submit(wrapper)

		expect(mocks.put).toHaveBeenCalledWith(expect.any(String), { enabled: false })
		expect(wrapper.get('[data-office-hours-summary]').text()).toBe('Calls ring at any time.')
	})

	it.each([
		['no day', async (wrapper: VueWrapper) => {
			for (const box of dayBoxes(wrapper)) {
				await box.setValue(false)
			}
		}, 'Choose at least one day.'],
		['an empty time', async (wrapper: VueWrapper) => {
			await wrapper.get('input[name="video-verification-office-to"]').setValue('')
		}, 'Enter a start and an end time.'],
		['an end before the start', async (wrapper: VueWrapper) => {
			await wrapper.get('input[name="video-verification-office-from"]').setValue('18:00')
		}, 'The end must be later than the start.'],
		['an end equal to the start', async (wrapper: VueWrapper) => {
			await wrapper.get('input[name="video-verification-office-to"]').setValue('09:00')
		}, 'The end must be later than the start.'],
	])('refuses %s before sending anything', async (_case, change, message) => {
		const wrapper = mountPage(WORKING_WEEK)
		await change(wrapper)

		await submit(wrapper)

		expect(mocks.put).not.toHaveBeenCalled()
		expect(wrapper.get('[role="alert"]').text()).toBe(message)
		expect(mocks.showSuccess).not.toHaveBeenCalled()
	})

	it('shows the server\'s message when it refuses the office hours', async () => {
		mocks.put.mockRejectedValue({
			isAxiosError: true,
			response: { status: 400, data: { ocs: { meta: { status: 'failure', statuscode: 400 }, data: { error: 'invalid_body', message: 'Days are numbers from 1 (Monday) to 7 (Sunday).' } } } },
		})
		const wrapper = mountPage(WORKING_WEEK)

		await submit(wrapper)

		expect(mocks.showError).toHaveBeenCalledWith('Days are numbers from 1 (Monday) to 7 (Sunday).')
		expect(wrapper.text()).toContain('Days are numbers from 1 (Monday) to 7 (Sunday).')
		expect(wrapper.get('[data-office-hours-summary]').text()).toBe('Calls ring Mon–Fri 9:00–17:00.')
		expect(mocks.showSuccess).not.toHaveBeenCalled()
	})

	it('says so when saving failed without an explanation', async () => {
		mocks.put.mockRejectedValue(new Error('Network Error'))
		const wrapper = mountPage(WORKING_WEEK)

		await submit(wrapper)

		expect(mocks.showError).toHaveBeenCalledWith('Could not save your office hours.')
		expect(wrapper.find<HTMLButtonElement>('button[type="submit"]').element.disabled).toBe(false)
	})
})
