/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VerificationRequestState } from '../../../../../src/api/requests.ts'
import type { VerificationRequest } from '../../../../../src/public-auth/sidebar/verification/useVerificationRequest.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { useVerificationRequest } from '../../../../../src/public-auth/sidebar/verification/useVerificationRequest.ts'

const mocks = vi.hoisted(() => ({
	registerRequest: vi.fn(),
	getRequest: vi.fn(),
	cancelRequest: vi.fn(),
	cancelRequestOnPageUnload: vi.fn(),
	reportProgress: vi.fn(),
	submitPassword: vi.fn(),
	openSharePage: vi.fn(),
}))

vi.mock('../../../../../src/api/requests.ts', async (importOriginal) => ({
	...await importOriginal<Record<string, unknown>>(),
	registerRequest: mocks.registerRequest,
	getRequest: mocks.getRequest,
	cancelRequest: mocks.cancelRequest,
	cancelRequestOnPageUnload: mocks.cancelRequestOnPageUnload,
	reportProgress: mocks.reportProgress,
	submitPassword: mocks.submitPassword,
}))

vi.mock('../../../../../src/public-auth/sidebar/verification/openSharePage.ts', () => ({
	openSharePage: mocks.openSharePage,
}))

const registered = { requestId: 'r1', secret: 's3cret', code: '482 913', expiresAt: 1_800_000_000, mode: 'password' }

/**
 * The request as the server answers it
 *
 * @param status - its status
 */
function polled(status: VerificationRequestState['status']): VerificationRequestState {
	return { requestId: 'r1', status, code: '482 913', expiresAt: 1_800_000_000, mode: 'password', idCheck: null }
}

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

function setup(): { request: VerificationRequest, unmount: () => void } {
	let request: VerificationRequest | undefined
	const wrapper = mount(defineComponent({
		setup() {
			request = useVerificationRequest('DemoBankStmt003')
			return () => null
		},
	}))
	return { request: request!, unmount: () => wrapper.unmount() }
}

/** A request registered and followed (the sharer is rung) */
async function following(): Promise<VerificationRequest> {
	const { request } = setup()
	await request.register('Bob', 'video')
	request.follow()
	await flushPromises()
	return request
}

/**
 * Let the clock run and the requests answer
 *
 * @param ms - how long
 */
async function advance(ms: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms)
	await flushPromises()
}

describe('useVerificationRequest', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
		mocks.registerRequest.mockReset().mockResolvedValue(registered)
		mocks.getRequest.mockReset().mockResolvedValue(polled('ringing'))
		mocks.cancelRequest.mockReset().mockResolvedValue(polled('cancelled'))
		mocks.cancelRequestOnPageUnload.mockReset()
		mocks.reportProgress.mockReset().mockResolvedValue(polled('ringing'))
		mocks.submitPassword.mockReset()
		mocks.openSharePage.mockReset()
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	describe('register', () => {
		it('registers for its share and keeps the request', async () => {
			const { request } = setup()

			expect(await request.register('Bob <b>', 'audio')).toEqual({ request: registered })

			expect(mocks.registerRequest).toHaveBeenCalledWith('DemoBankStmt003', 'Bob <b>', 'audio')
			expect(request.request.value).toEqual(registered)
		})

		it('hands a refused name back, with the server\'s text', async () => {
			mocks.registerRequest.mockRejectedValue(ocsError(400, { error: 'invalid_display_name', message: 'Use another name.' }))
			const { request } = setup()

			expect(await request.register('x', 'video')).toEqual({ nameRejected: 'Use another name.' })
			expect(request.request.value).toBeNull()
		})

		it('hands any other refusal back with its code, and forgets the previous request', async () => {
			const { request } = setup()
			await request.register('Bob', 'video')
			mocks.registerRequest.mockRejectedValue(ocsError(429, { error: 'too_many_requests', message: 'Try later.' }))

			expect(await request.register('Bob', 'video')).toEqual({ refused: { code: 'too_many_requests', message: 'Try later.' } })
			expect(request.request.value).toBeNull()
		})

		it('says a network failure was refused without a code', async () => {
			mocks.registerRequest.mockRejectedValue(new Error('Network Error'))
			const { request } = setup()

			expect(await request.register('Bob', 'video')).toEqual({ refused: { code: null, message: null } })
		})
	})

	describe('polling', () => {
		it('polls nothing before the ring', async () => {
			const { request } = setup()
			await request.register('Bob', 'video')

			await advance(10_000)

			expect(mocks.getRequest).not.toHaveBeenCalled()
		})

		it('polls from the ring on and exposes the state and the ID check', async () => {
			const request = await following()
			const idCheck = { step: 0, total: 2, prompt: 'Tilt the card' }
			mocks.getRequest.mockResolvedValue({ ...polled('ringing'), idCheck })

			await advance(2_000)

			expect(mocks.getRequest).toHaveBeenCalledWith(registered)
			expect(request.state.value?.status).toBe('ringing')
			expect(request.idCheck.value).toEqual(idCheck)
			expect(request.outcome.value).toBeNull()
		})

		it('stops at the end of the call, and looks once more where asked', async () => {
			const request = await following()

			request.stopFollowing(false)
			await advance(30_000)
			expect(mocks.getRequest).not.toHaveBeenCalled()

			mocks.getRequest.mockResolvedValue(polled('used'))
			request.stopFollowing(true)
			await flushPromises()
			expect(mocks.getRequest).toHaveBeenCalledOnce()
			expect(request.outcome.value).toBe('verified')
			await advance(30_000)
			expect(mocks.getRequest).toHaveBeenCalledOnce()
		})

		it.each([
			['used', 'verified'],
			['declined', 'declined'],
			['expired', 'expired'],
			['abandoned', 'expired'],
			['cancelled', 'withdrawn'],
			['approved', null],
			['requested', null],
		] as const)('a request read as %s has the outcome %s', async (status, outcome) => {
			const request = await following()
			mocks.getRequest.mockResolvedValue(polled(status))

			await advance(2_000)

			expect(request.outcome.value).toBe(outcome)
		})
	})

	describe('progress and withdrawal', () => {
		it('reports progress of the registered request only', async () => {
			const { request } = setup()
			request.report('ringing')
			expect(mocks.reportProgress).not.toHaveBeenCalled()

			await request.register('Bob', 'video')
			request.report('answered')

			expect(mocks.reportProgress).toHaveBeenCalledWith(registered, 'answered')
		})

		it('withdraws after a progress report still on its way, never before it', async () => {
			let answerReport: (value: unknown) => void = () => {}
			mocks.reportProgress.mockReturnValue(new Promise((resolve) => {
				answerReport = resolve
			}))
			const { request } = setup()
			await request.register('Bob', 'video')
			request.report('ringing')

			request.withdraw()
			await flushPromises()
			expect(mocks.cancelRequest).not.toHaveBeenCalled()

			answerReport(polled('ringing'))
			await flushPromises()
			expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
		})

		it('a failed withdrawal is left alone', async () => {
			mocks.cancelRequest.mockRejectedValue(new Error('Network Error'))
			const { request } = setup()
			await request.register('Bob', 'video')

			request.withdraw()
			await flushPromises()

			expect(mocks.cancelRequest).toHaveBeenCalledOnce()
		})

		it('withdraws with a keepalive request once the page goes away', async () => {
			const { request } = setup()
			await request.register('Bob', 'video')

			window.dispatchEvent(new Event('pagehide'))
			request.withdraw()

			expect(mocks.cancelRequestOnPageUnload).toHaveBeenCalledWith(registered)
			expect(mocks.cancelRequest).not.toHaveBeenCalled()
		})

		it('has nothing to withdraw before a request is registered', async () => {
			const { request } = setup()

			request.withdraw()
			await flushPromises()

			expect(mocks.cancelRequest).not.toHaveBeenCalled()
			expect(mocks.cancelRequestOnPageUnload).not.toHaveBeenCalled()
		})
	})

	describe('the password', () => {
		it('holds the polling while the password is on its way, then takes the used request in', async () => {
			const request = await following()
			let answer: (state: VerificationRequestState) => void = () => {}
			mocks.submitPassword.mockReturnValue(new Promise((resolve) => {
				answer = resolve
			}))

			const sending = request.submitPassword('Tr0ub4dor&3')
			await advance(10_000)
			expect(mocks.getRequest).not.toHaveBeenCalled()

			answer(polled('used'))
			await sending

			expect(mocks.submitPassword).toHaveBeenCalledWith(registered, 'Tr0ub4dor&3')
			expect(request.state.value?.status).toBe('used')
			expect(request.outcome.value).toBe('verified')
			await advance(30_000)
			expect(mocks.getRequest).not.toHaveBeenCalled()
		})

		it('a wrong password is thrown, changes nothing, and the polling goes on', async () => {
			const request = await following()
			await advance(2_000)
			mocks.getRequest.mockClear()
			mocks.submitPassword.mockRejectedValue(ocsError(403, { error: 'wrong_password', message: 'Wrong password' }))

			await expect(request.submitPassword('wrong')).rejects.toThrow('403')

			expect(request.state.value?.status).toBe('ringing')
			expect(request.outcome.value).toBeNull()
			await advance(2_000)
			expect(mocks.getRequest).toHaveBeenCalledOnce()
		})

		it('refuses to send a password without a request', async () => {
			const { request } = setup()

			await expect(request.submitPassword('pw')).rejects.toThrow('No request')
			expect(mocks.submitPassword).not.toHaveBeenCalled()
		})
	})

	it('opens its own share page once verified, and only once', async () => {
		const request = await following()

		request.openFile()
		request.openFile()

		expect(mocks.openSharePage).toHaveBeenCalledOnce()
		expect(mocks.openSharePage).toHaveBeenCalledWith('DemoBankStmt003')
		await advance(30_000)
		expect(mocks.getRequest).not.toHaveBeenCalled()
	})

	it('stops listening for the page going away when unmounted', async () => {
		const { request, unmount } = setup()
		await request.register('Bob', 'video')

		unmount()
		window.dispatchEvent(new Event('pagehide'))
		request.withdraw()
		await flushPromises()

		expect(mocks.cancelRequestOnPageUnload).not.toHaveBeenCalled()
		expect(mocks.cancelRequest).toHaveBeenCalledWith(registered)
	})
})
