/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Notification } from '../../demo/client/notifications/api.ts'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import NotificationsHeader from '../../demo/client/notifications/NotificationsHeader.vue'
import { ocs } from './shareFixtures.ts'

const mocks = vi.hoisted(() => {
	const request = vi.fn()
	return {
		request,
		get: vi.fn(),
		delete: vi.fn(),
		showError: vi.fn(),
	}
})

vi.mock('@nextcloud/axios', () => ({
	default: Object.assign(mocks.request, { get: mocks.get, delete: mocks.delete }),
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
}))

enableAutoUnmount(afterEach)

const LIST_URL = `${window.location.origin}/ocs/v2.php/apps/notifications/api/v2/notifications`

/**
 * A notification as the notifications app's v2 API lists it.
 *
 * @param overrides fields that differ
 */
function notification(overrides: Partial<Notification> = {}): Notification {
	return {
		notification_id: 5,
		app: 'video_verification',
		user: 'alice',
		datetime: new Date(Date.now() - 10_000).toISOString(),
		object_type: 'verification_request',
		object_id: 'req-1',
		subject: 'bob@example.com is requesting access to report.pdf',
		message: 'Code 4821',
		link: '',
		actions: [
			{ label: 'Approve', link: '/ocs/v2.php/apps/video_verification/api/v1/requests/req-1/approve', type: 'POST', primary: true },
			{ label: 'Open', link: '/index.php/apps/files/?fileid=42', type: 'WEB', primary: false },
		],
		...overrides,
	}
}

/** Mount the header bell with a long poll interval so only focus and the first poll fetch. */
async function mountHeader() {
	const wrapper = mount(NotificationsHeader, { props: { pollIntervalMs: 60_000 }, attachTo: document.body })
	await flushPromises()
	await wrapper.get('button[aria-controls="notifications-panel"]').trigger('click')
	return wrapper
}

describe('NotificationsHeader', () => {
	beforeEach(() => {
		vi.clearAllMocks()
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	it('lists subject, message, time and action buttons, and counts them on the bell', async () => {
		mocks.get.mockResolvedValue(ocs([notification()]))
		const wrapper = await mountHeader()

		expect(mocks.get).toHaveBeenCalledWith(LIST_URL)
		const item = wrapper.get('.notification')
		expect(item.text()).toContain('bob@example.com is requesting access to report.pdf')
		expect(item.text()).toContain('Code 4821')
		expect(item.get('time').text()).toBe('seconds ago')
		expect(item.findAll('.notification-actions > *').map((button) => button.text())).toEqual(['Approve', 'Open'])
		expect(item.get('a[href="/index.php/apps/files/?fileid=42"]').text()).toBe('Open')
		expect(wrapper.get('.notifications-button__count').text()).toBe('1')
		expect(wrapper.get('button[aria-controls="notifications-panel"]').attributes('aria-label')).toBe('Notifications, 1 new')
	})

	it('runs an action with its type as the HTTP verb and removes the notification', async () => {
		mocks.get.mockResolvedValue(ocs([notification()]))
		mocks.request.mockResolvedValue(ocs([]))
		const wrapper = await mountHeader()

		await wrapper.get('.notification-actions button').trigger('click')
		await flushPromises()

		expect(mocks.request).toHaveBeenCalledWith({
			method: 'POST',
			url: '/ocs/v2.php/apps/video_verification/api/v1/requests/req-1/approve',
			headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
		})
		expect(wrapper.find('.notification').exists()).toBe(false)
		expect(wrapper.text()).toContain('No notifications')
	})

	it('shows the primary action as the primary button and the others as secondary', async () => {
		mocks.get.mockResolvedValue(ocs([notification({
			actions: [
				{ label: 'Approve', link: '/ocs/v2.php/apps/video_verification/api/v1/requests/req-1/approve', type: 'POST', primary: true },
				{ label: 'Decline', link: '/ocs/v2.php/apps/video_verification/api/v1/requests/req-1/decline', type: 'POST', primary: false },
			],
		})]))
		mocks.request.mockResolvedValue(ocs([]))
		const wrapper = await mountHeader()

		const buttons = wrapper.findAll('.notification-actions button')
		expect(buttons.map((button) => button.text())).toEqual(['Approve', 'Decline'])
		expect(buttons[0]!.classes()).toContain('button-vue--primary')
		expect(buttons[1]!.classes()).toContain('button-vue--secondary')

		await buttons[1]!.trigger('click')
		await flushPromises()

		expect(mocks.request).toHaveBeenCalledWith(expect.objectContaining({ method: 'POST', url: '/ocs/v2.php/apps/video_verification/api/v1/requests/req-1/decline' }))
		expect(wrapper.find('.notification').exists()).toBe(false)
	})

	it('keeps the notification and shows an error when the action fails', async () => {
		mocks.get.mockResolvedValue(ocs([notification()]))
		mocks.request.mockRejectedValue(new Error('Request failed with status code 403'))
		const wrapper = await mountHeader()

		await wrapper.get('.notification-actions button').trigger('click')
		await flushPromises()

		expect(mocks.showError).toHaveBeenCalledWith('Failed to perform action')
		expect(wrapper.find('.notification').exists()).toBe(true)
	})

	it('dismisses a notification with DELETE', async () => {
		mocks.get.mockResolvedValue(ocs([notification()]))
		mocks.delete.mockResolvedValue(ocs([]))
		const wrapper = await mountHeader()

		await wrapper.get('button[aria-label="Dismiss"]').trigger('click')
		await flushPromises()

		expect(mocks.delete).toHaveBeenCalledWith(`${LIST_URL}/5`)
		expect(wrapper.find('.notification').exists()).toBe(false)
	})

	it('fetches again on window focus and when the interval passes, and announces the newcomer', async () => {
		vi.useFakeTimers()
		mocks.get.mockResolvedValueOnce(ocs([]))
			.mockResolvedValueOnce(ocs([notification()]))
			.mockResolvedValueOnce(ocs([notification(), notification({ notification_id: 6, subject: 'Second request' })]))
		const wrapper = mount(NotificationsHeader, { props: { pollIntervalMs: 5000 }, attachTo: document.body })
		await flushPromises()
		expect(wrapper.find('.notifications-button__count').exists()).toBe(false)

		window.dispatchEvent(new Event('focus'))
		await flushPromises()
		expect(wrapper.get('.notifications-button__count').text()).toBe('1')

		await vi.advanceTimersByTimeAsync(5000)
		await flushPromises()
		expect(mocks.get).toHaveBeenCalledTimes(3)
		expect(wrapper.get('.notifications-button__count').text()).toBe('2')
		expect(wrapper.get('[aria-live="polite"]').text()).toBe('Second request')
	})

	it('shows nothing new when no app uses notifications (204)', async () => {
		mocks.get.mockResolvedValue({ status: 204, data: '' })
		const wrapper = await mountHeader()

		expect(wrapper.text()).toContain('No notifications')
	})
})
