/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { FileCallback } from '../../../src/api/fileCallbacks.ts'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CallbackRequests from '../../../src/sharing-section/CallbackRequests.vue'
import { NOW, record } from './records.ts'

const mocks = vi.hoisted(() => ({
	listFileCallbacks: vi.fn(),
	callBack: vi.fn(),
	showError: vi.fn(),
}))

vi.mock('../../../src/api/fileCallbacks.ts', () => ({
	listFileCallbacks: mocks.listFileCallbacks,
	callBack: mocks.callBack,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
}))

enableAutoUnmount(afterEach)

/**
 * A callback as the server lists it
 *
 * @param overrides - fields that differ
 */
function callback(overrides: Partial<FileCallback> = {}): FileCallback {
	return {
		requestId: 'req-1',
		shareId: '12',
		requesterName: 'Bob Berg',
		state: 'callbackRequested',
		requestedAt: NOW - 30,
		message: 'Please call me after 3 pm',
		calledBackAt: null,
		pageOpen: true,
		shareDeleted: false,
		...overrides,
	}
}

const unanswered = record({ status: 'cancelled', answeredAt: null })

async function mountList(records = [unanswered], fileId: number | null = 42) {
	const wrapper = mount(CallbackRequests, { props: { fileId, records } })
	await flushPromises()
	return wrapper
}

function button(wrapper: ReturnType<typeof mount>, text: string) {
	return wrapper.findAll('button').find((candidate) => candidate.text() === text)
}

describe('CallbackRequests', () => {
	beforeEach(() => {
		vi.resetAllMocks()
	})

	it('shows who asked, when, their message, and "Call back" while their page is open', async () => {
		mocks.listFileCallbacks.mockResolvedValue([callback()])

		const wrapper = await mountList()

		expect(mocks.listFileCallbacks).toHaveBeenCalledWith(42)
		const item = wrapper.get('.video-verification-callback')
		expect(item.text()).toContain('Bob Berg asks you to call back')
		expect(item.text()).toContain('Asked at')
		expect(item.get('blockquote').text()).toBe('Please call me after 3 pm')
		expect(item.text()).toContain('Their page is still open: calling back rings them.')
		expect(button(wrapper, 'Call back')).toBeDefined()
	})

	it('offers no "Call back" once the page is closed, only when they asked', async () => {
		mocks.listFileCallbacks.mockResolvedValue([callback({ pageOpen: false, message: '' })])

		const wrapper = await mountList()

		expect(button(wrapper, 'Call back')).toBeUndefined()
		expect(wrapper.find('blockquote').exists()).toBe(false)
		expect(wrapper.text()).toContain('Asked at')
		expect(wrapper.text()).toContain('Their page is closed now.')
	})

	it('shows names and messages as text, never as markup', async () => {
		mocks.listFileCallbacks.mockResolvedValue([callback({ requesterName: '<img src=x onerror=alert(1)>', message: '<b>hi</b>' })])

		const wrapper = await mountList()

		expect(wrapper.find('img').exists()).toBe(false)
		expect(wrapper.find('b').exists()).toBe(false)
		expect(wrapper.text()).toContain('<img src=x onerror=alert(1)> asks you to call back')
		expect(wrapper.get('blockquote').text()).toBe('<b>hi</b>')
	})

	it('"Call back" rings them and then says so', async () => {
		mocks.listFileCallbacks.mockResolvedValue([callback()])
		mocks.callBack.mockResolvedValue({ requestId: 'req-1', state: 'callingBack', requestedAt: NOW - 30, message: '', calledBackAt: NOW })
		const wrapper = await mountList()

		await button(wrapper, 'Call back')!.trigger('click')
		await flushPromises()

		expect(mocks.callBack).toHaveBeenCalledWith('req-1')
		expect(button(wrapper, 'Call back')).toBeUndefined()
		expect(wrapper.get('.video-verification-callback').attributes('data-state')).toBe('callingBack')
		expect(wrapper.text()).toContain('You called back at')
	})

	it('a refused "Call back" shows the server\'s reason and reads the list again', async () => {
		mocks.listFileCallbacks.mockResolvedValue([callback()])
		mocks.callBack.mockRejectedValue(Object.assign(new Error('Request failed with status code 409'), {
			isAxiosError: true,
			response: { status: 409, data: { ocs: { meta: { status: 'failure', statuscode: 409 }, data: { error: 'callback_unavailable', message: 'Nobody is waiting for a callback on this request.' } } } },
		}))
		const wrapper = await mountList()

		await button(wrapper, 'Call back')!.trigger('click')
		await flushPromises()

		expect(mocks.showError).toHaveBeenCalledWith('Nobody is waiting for a callback on this request.')
		expect(mocks.listFileCallbacks).toHaveBeenCalledTimes(2)
	})

	it('asks the server only when a request nobody answered has ended', async () => {
		await mountList([record({ status: 'ringing' }), record({ requestId: 'req-2', status: 'expired', answeredAt: NOW - 100 })])
		await mountList([unanswered], null)

		expect(mocks.listFileCallbacks).not.toHaveBeenCalled()
	})

	it('reads again each time the records were read', async () => {
		mocks.listFileCallbacks.mockResolvedValue([])
		const wrapper = await mountList()

		await wrapper.setProps({ records: [unanswered, record({ requestId: 'req-2', status: 'expired' })] })
		await flushPromises()

		expect(mocks.listFileCallbacks).toHaveBeenCalledTimes(2)
		expect(wrapper.find('ul').exists()).toBe(false)
	})
})
