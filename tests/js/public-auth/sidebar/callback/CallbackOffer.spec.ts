/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type * as CallbackApi from '../../../../../src/api/callback.ts'
import type { CallbackState } from '../../../../../src/api/callback.ts'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CallbackOffer from '../../../../../src/public-auth/sidebar/callback/CallbackOffer.vue'

const mocks = vi.hoisted(() => ({
	askForCallback: vi.fn(),
	readCallback: vi.fn(),
}))

vi.mock('../../../../../src/api/callback.ts', async (importOriginal) => ({
	...(await importOriginal<typeof CallbackApi>()),
	askForCallback: mocks.askForCallback,
	readCallback: mocks.readCallback,
}))

enableAutoUnmount(afterEach)

const request = { requestId: 'r1', secret: 's3cret' }
const asked: CallbackState = { requestId: 'r1', state: 'callbackRequested', requestedAt: 1_800_000_000, message: 'after 3', calledBackAt: null }

function mountOffer() {
	return mount(CallbackOffer, { props: { request }, attachTo: document.body })
}

function button(wrapper: ReturnType<typeof mountOffer>) {
	return wrapper.findAll('button').find((b) => b.text() === 'Ask to be called back')!
}

describe('CallbackOffer', () => {
	beforeEach(() => {
		mocks.askForCallback.mockReset()
		mocks.readCallback.mockReset()
		vi.useFakeTimers()
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	it('asks with the trimmed message, then says to keep the page open', async () => {
		mocks.askForCallback.mockResolvedValue(asked)
		const wrapper = mountOffer()

		await wrapper.get('textarea').setValue('  after 3  ')
		await button(wrapper).trigger('click')
		await flushPromises()

		expect(mocks.askForCallback).toHaveBeenCalledWith(request, 'after 3')
		expect(wrapper.find('textarea').exists()).toBe(false)
		expect(wrapper.get('[role="status"]').text()).toContain('Keep this page open')
	})

	it('sends one paragraph: line breaks typed in the box become spaces (the server refuses them)', async () => {
		mocks.askForCallback.mockResolvedValue(asked)
		const wrapper = mountOffer()

		await wrapper.get('textarea').setValue('after 3\n\nE-mail: x@example.com\r\n thanks')
		await button(wrapper).trigger('click')
		await flushPromises()

		expect(mocks.askForCallback).toHaveBeenCalledWith(request, 'after 3 E-mail: x@example.com thanks')
	})

	it('polls every 5 s and asks to call again once the sharer calls back, once', async () => {
		mocks.askForCallback.mockResolvedValue(asked)
		mocks.readCallback.mockResolvedValueOnce(asked).mockResolvedValue({ ...asked, state: 'callingBack', calledBackAt: 1_800_000_100 })
		const wrapper = mountOffer()
		await button(wrapper).trigger('click')
		await flushPromises()

		await vi.advanceTimersByTimeAsync(5000)
		expect(wrapper.emitted('callBack')).toBeUndefined()
		await vi.advanceTimersByTimeAsync(5000)
		expect(wrapper.emitted('callBack')).toHaveLength(1)
		await vi.advanceTimersByTimeAsync(20_000)
		expect(mocks.readCallback).toHaveBeenCalledTimes(2)
		expect(wrapper.emitted('callBack')).toHaveLength(1)
	})

	it('does not send a message over 500 characters', async () => {
		const wrapper = mountOffer()

		await wrapper.get('textarea').setValue('x'.repeat(501))

		expect(button(wrapper).attributes('disabled')).toBeDefined()
		await button(wrapper).trigger('click')
		expect(mocks.askForCallback).not.toHaveBeenCalled()
	})

	it('shows the server\'s reason when it refuses, and stays askable', async () => {
		mocks.askForCallback.mockRejectedValue(Object.assign(new Error('Request failed with status code 409'), {
			isAxiosError: true,
			response: { status: 409, data: { ocs: { meta: { status: 'failure', statuscode: 409 }, data: { error: 'callback_unavailable', message: 'You already asked to be called back.' } } } },
		}))
		const wrapper = mountOffer()

		await button(wrapper).trigger('click')
		await flushPromises()

		expect(wrapper.get('[role="alert"]').text()).toBe('You already asked to be called back.')
		expect(button(wrapper).exists()).toBe(true)
		await vi.advanceTimersByTimeAsync(10_000)
		expect(mocks.readCallback).not.toHaveBeenCalled()
	})

	it('stops polling when it goes away', async () => {
		mocks.askForCallback.mockResolvedValue(asked)
		mocks.readCallback.mockResolvedValue(asked)
		const wrapper = mountOffer()
		await button(wrapper).trigger('click')
		await flushPromises()

		wrapper.unmount()
		await vi.advanceTimersByTimeAsync(20_000)

		expect(mocks.readCallback).not.toHaveBeenCalled()
	})
})
