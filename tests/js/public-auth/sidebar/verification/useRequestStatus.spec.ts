/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'
import type { RequestHandle, VerificationRequestState } from '../../../../../src/api/requests.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { useRequestStatus } from '../../../../../src/public-auth/sidebar/verification/useRequestStatus.ts'

const mocks = vi.hoisted(() => ({
	getRequest: vi.fn(),
}))

vi.mock('../../../../../src/api/requests.ts', async (importOriginal) => ({
	...await importOriginal<Record<string, unknown>>(),
	getRequest: mocks.getRequest,
}))

const handle: RequestHandle = { requestId: 'r1', secret: 's3cret' }

/**
 * A request as the poll answers it
 *
 * @param status - its status
 */
function polled(status: VerificationRequestState['status']): VerificationRequestState {
	return { requestId: 'r1', status, code: '482 913', expiresAt: 1_800_000_000, mode: 'approve', idCheck: null }
}

function setup(request: Ref<RequestHandle | null> = ref(handle)) {
	let status: ReturnType<typeof useRequestStatus> | undefined
	const wrapper = mount(defineComponent({
		setup() {
			status = useRequestStatus(request)
			return () => null
		},
	}))
	return { status: status!, unmount: () => wrapper.unmount(), request }
}

/**
 * Let the clock run and the polls answer
 *
 * @param ms - how long
 */
async function advance(ms: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms)
	await flushPromises()
}

describe('useRequestStatus', () => {
	beforeEach(() => {
		vi.useFakeTimers()
		mocks.getRequest.mockReset().mockResolvedValue(polled('ringing'))
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	it('polls every 2 s during the first minute, then every 10 s', async () => {
		const { status } = setup()

		await advance(1_999)
		expect(mocks.getRequest).not.toHaveBeenCalled()
		await advance(1)
		expect(mocks.getRequest).toHaveBeenCalledWith(handle)
		expect(status.state.value?.status).toBe('ringing')

		// the 30th poll at 60 s is the last quick one
		await advance(58_000)
		expect(mocks.getRequest).toHaveBeenCalledTimes(30)

		await advance(9_999)
		expect(mocks.getRequest).toHaveBeenCalledTimes(30)
		await advance(1)
		expect(mocks.getRequest).toHaveBeenCalledTimes(31)
		await advance(10_000)
		expect(mocks.getRequest).toHaveBeenCalledTimes(32)
	})

	it.each(['used', 'declined', 'expired', 'cancelled'] as const)('stops once the request is %s', async (final) => {
		mocks.getRequest.mockResolvedValueOnce(polled('ringing')).mockResolvedValue(polled(final))
		const { status } = setup()

		await advance(4_000)
		expect(status.state.value?.status).toBe(final)
		await advance(60_000)

		expect(mocks.getRequest).toHaveBeenCalledTimes(2)
		expect(status.isPolling()).toBe(false)
	})

	it('goes on after a failed poll', async () => {
		mocks.getRequest.mockRejectedValueOnce(new Error('Network Error')).mockResolvedValue(polled('used'))
		const { status } = setup()

		await advance(4_000)

		expect(status.state.value?.status).toBe('used')
	})

	it('stops when the component unmounts', async () => {
		const { unmount } = setup()
		await advance(2_000)

		unmount()
		await advance(60_000)

		expect(mocks.getRequest).toHaveBeenCalledTimes(1)
	})

	it('polls nothing without a request, and starts when one is registered', async () => {
		const request = ref<RequestHandle | null>(null)
		const { status } = setup(request)
		await advance(10_000)
		expect(mocks.getRequest).not.toHaveBeenCalled()

		request.value = handle
		await advance(2_000)

		expect(mocks.getRequest).toHaveBeenCalledOnce()
		expect(status.isPolling()).toBe(true)
	})

	it('ignores an answer that arrives after it stopped', async () => {
		let answer: (state: VerificationRequestState) => void = () => {}
		mocks.getRequest.mockReturnValue(new Promise((resolve) => {
			answer = resolve
		}))
		const { status } = setup()
		await advance(2_000)

		status.stop()
		answer(polled('used'))
		await flushPromises()

		expect(status.state.value).toBeNull()
	})

	it('takes a state from elsewhere (the password answer) and stops on a final one', async () => {
		const { status } = setup()

		status.accept(polled('used'))
		await advance(10_000)

		expect(status.state.value?.status).toBe('used')
		expect(mocks.getRequest).not.toHaveBeenCalled()
	})

	it('reads once more on demand, after polling stopped', async () => {
		mocks.getRequest.mockResolvedValue(polled('used'))
		const { status } = setup()
		status.stop()

		await expect(status.pollOnce(handle)).resolves.toMatchObject({ status: 'used' })
		expect(status.state.value?.status).toBe('used')
	})

	it('a failed read on demand answers null', async () => {
		mocks.getRequest.mockRejectedValue(new Error('Network Error'))
		const { status } = setup()

		await expect(status.pollOnce(handle)).resolves.toBeNull()
	})

	it('holds the polling while paused and goes on when resumed', async () => {
		const { status } = setup()
		await advance(2_000)

		status.pause()
		await advance(20_000)
		expect(mocks.getRequest).toHaveBeenCalledTimes(1)

		status.resume()
		await advance(2_000)
		expect(mocks.getRequest).toHaveBeenCalledTimes(2)
	})

	it('a poll answered while paused plans no next one', async () => {
		let answer: (state: VerificationRequestState) => void = () => {}
		mocks.getRequest.mockReturnValueOnce(new Promise((resolve) => {
			answer = resolve
		}))
		const { status } = setup()
		await advance(2_000)

		status.pause()
		answer(polled('ringing'))
		await advance(20_000)

		expect(mocks.getRequest).toHaveBeenCalledTimes(1)
	})
})
