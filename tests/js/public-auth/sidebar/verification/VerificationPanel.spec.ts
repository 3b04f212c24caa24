/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RegisteredRequest, VerificationRequestStatus } from '../../../../../src/api/requests.ts'
import type { VerificationRequest } from '../../../../../src/public-auth/sidebar/verification/useVerificationRequest.ts'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import VerificationPanel from '../../../../../src/public-auth/sidebar/verification/VerificationPanel.vue'
import { useVerificationRequest } from '../../../../../src/public-auth/sidebar/verification/useVerificationRequest.ts'

const mocks = vi.hoisted(() => ({
	submitPassword: vi.fn(),
}))

vi.mock('../../../../../src/api/requests.ts', () => ({
	submitPassword: mocks.submitPassword,
}))

enableAutoUnmount(afterEach)

const approveRequest: RegisteredRequest = { requestId: 'r1', secret: 's3cret', code: '482 913', expiresAt: 1_800_000_000, mode: 'approve' }
const passwordRequest: RegisteredRequest = { ...approveRequest, mode: 'password' }

/**
 * An OCS error answer as axios throws it
 *
 * @param status - HTTP status
 * @param data - the OCS data
 */
function ocsError(status: number, data: unknown) {
	return Object.assign(new Error(`Request failed with status code ${status}`), {
		isAxiosError: true,
		response: { status, data: { ocs: { meta: { status: 'failure', statuscode: status }, data } } },
	})
}

/** The recipient's request the panel shows, as the sidebar holds it */
let verification: VerificationRequest

/**
 * The panel of a registered request, its status as last polled
 *
 * @param request - the registered request
 * @param status - its status, null before the first poll
 */
function mountPanel(request: RegisteredRequest = approveRequest, status: VerificationRequestStatus | null = 'ringing') {
	return mount(defineComponent({
		setup() {
			verification = useVerificationRequest('DemoBankStmt003')
			verification.request.value = request
			verification.state.value = status === null ? null : { ...request, status, idCheck: null }
			return () => h(VerificationPanel, { verification })
		},
	}), { attachTo: document.body })
}

describe('VerificationPanel', () => {
	beforeEach(() => {
		mocks.submitPassword.mockReset()
	})

	it('shows the code large and live, and who will ask for it', () => {
		const wrapper = mountPanel()

		const code = wrapper.get('[data-read-back-code]')
		expect(code.text()).toBe('482 913')
		expect(code.attributes('aria-live')).toBe('polite')
		expect(wrapper.text()).toContain('The person you call will ask for this code.')
		expect(wrapper.get('section').attributes('aria-labelledby')).toBe('video-verification-code-heading')
	})

	it('has no password field when the sharer approves', () => {
		const wrapper = mountPanel()

		expect(wrapper.find('input[type="password"]').exists()).toBe(false)
		expect(wrapper.text()).toContain('they approve your request and the file opens here')
	})

	it('says when it is approved', () => {
		expect(mountPanel(approveRequest, 'used').text()).toContain('Approved. The file opens in a moment.')
	})

	describe('password mode', () => {
		it('sends the typed password and hands the used request on', async () => {
			const used = { requestId: 'r1', status: 'used', code: '482 913', expiresAt: 1_800_000_000, mode: 'password' }
			mocks.submitPassword.mockResolvedValue(used)
			const wrapper = mountPanel(passwordRequest)

			await wrapper.get('input[type="password"]').setValue('Tr0ub4dor&3')
			await wrapper.get('form').trigger('submit')
			await flushPromises()

			expect(mocks.submitPassword).toHaveBeenCalledWith(passwordRequest, 'Tr0ub4dor&3')
			expect(verification.state.value).toEqual(used)
			expect(verification.outcome.value).toBe('verified')
		})

		it('says a wrong password inline, empties the field and lets the caller try again', async () => {
			mocks.submitPassword.mockRejectedValueOnce(ocsError(403, { error: 'wrong_password', message: 'Wrong password' }))
			const wrapper = mountPanel(passwordRequest)

			await wrapper.get('input[type="password"]').setValue('wrong')
			await wrapper.get('form').trigger('submit')
			await flushPromises()

			expect(wrapper.text()).toContain('This password is not correct. Ask for it again and type it once more.')
			expect(wrapper.get<HTMLInputElement>('input[type="password"]').element.value).toBe('')
			expect(wrapper.get('input[type="password"]').attributes('aria-invalid')).toBe('true')
			expect(verification.state.value?.status).toBe('ringing')

			mocks.submitPassword.mockResolvedValueOnce({ requestId: 'r1', status: 'used', code: '482 913', expiresAt: 1, mode: 'password' })
			await wrapper.get('input[type="password"]').setValue('right')
			await wrapper.get('form').trigger('submit')
			await flushPromises()

			expect(verification.state.value?.status).toBe('used')
			expect(wrapper.text()).not.toContain('This password is not correct')
		})

		it('shows the server\'s text for other refusals', async () => {
			mocks.submitPassword.mockRejectedValue(ocsError(409, { error: 'request_closed', message: 'This request is closed.' }))
			const wrapper = mountPanel(passwordRequest)

			await wrapper.get('input[type="password"]').setValue('pw')
			await wrapper.get('form').trigger('submit')
			await flushPromises()

			expect(wrapper.text()).toContain('This request is closed.')
		})

		it('asks for a password before sending an empty one', async () => {
			const wrapper = mountPanel(passwordRequest)

			await wrapper.get('form').trigger('submit')

			expect(mocks.submitPassword).not.toHaveBeenCalled()
			expect(wrapper.text()).toContain('Type the password the person who shared this file tells you.')
		})

		it('hides the field once approved', () => {
			expect(mountPanel(passwordRequest, 'used').find('input[type="password"]').exists()).toBe(false)
		})
	})
})
