/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { useFileRecords } from '../../../src/sharing-section/useFileRecords.ts'
import { record } from './records.ts'

const mocks = vi.hoisted(() => ({
	listFileRequests: vi.fn(),
}))

vi.mock('../../../src/api/decisions.ts', () => ({
	listFileRequests: mocks.listFileRequests,
}))

enableAutoUnmount(afterEach)

function setup(fileId: Ref<number | null> = ref(42)) {
	let records: ReturnType<typeof useFileRecords> | undefined
	const wrapper = mount(defineComponent({
		setup() {
			records = useFileRecords(fileId)
			return () => null
		},
	}))
	return { records: records!, unmount: () => wrapper.unmount(), fileId }
}

/**
 * @param state - what document.visibilityState says
 */
function setVisibility(state: 'visible' | 'hidden'): void {
	Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
	document.dispatchEvent(new Event('visibilitychange'))
}

describe('useFileRecords', () => {
	beforeEach(() => {
		vi.useFakeTimers()
		setVisibility('visible')
		mocks.listFileRequests.mockReset().mockResolvedValue([record()])
	})

	afterEach(() => {
		vi.useRealTimers()
		setVisibility('visible')
	})

	it('lists the file\'s records at once, then every 5 s', async () => {
		const { records } = setup()
		expect(records.loading.value).toBe(true)
		await flushPromises()

		expect(mocks.listFileRequests).toHaveBeenCalledWith(42)
		expect(records.records.value).toEqual([record()])
		expect(records.loading.value).toBe(false)

		await vi.advanceTimersByTimeAsync(5_000)
		expect(mocks.listFileRequests).toHaveBeenCalledTimes(2)
	})

	it('does not read while the page is hidden, and reads at once when it shows again', async () => {
		setup()
		await flushPromises()

		setVisibility('hidden')
		await vi.advanceTimersByTimeAsync(30_000)
		expect(mocks.listFileRequests).toHaveBeenCalledTimes(1)

		setVisibility('visible')
		await flushPromises()
		expect(mocks.listFileRequests).toHaveBeenCalledTimes(2)
	})

	it('stops when the section goes away', async () => {
		const { unmount } = setup()
		await flushPromises()

		unmount()
		await vi.advanceTimersByTimeAsync(30_000)
		setVisibility('visible')

		expect(mocks.listFileRequests).toHaveBeenCalledTimes(1)
	})

	it('says when the list could not be read, and keeps what it had', async () => {
		const { records } = setup()
		await flushPromises()
		mocks.listFileRequests.mockRejectedValue(new Error('Network Error'))

		await vi.advanceTimersByTimeAsync(5_000)

		expect(records.failed.value).toBe(true)
		expect(records.records.value).toEqual([record()])
	})

	it('reads the other file\'s records when the node changes', async () => {
		const { records, fileId } = setup()
		await flushPromises()
		mocks.listFileRequests.mockResolvedValue([record({ fileId: 7, requestId: 'req-7' })])

		fileId.value = 7
		await flushPromises()

		expect(mocks.listFileRequests).toHaveBeenLastCalledWith(7)
		expect(records.records.value.map((item) => item.requestId)).toEqual(['req-7'])
	})

	it('reads nothing without a file id', async () => {
		setup(ref(null))
		await vi.advanceTimersByTimeAsync(10_000)

		expect(mocks.listFileRequests).not.toHaveBeenCalled()
	})

	it('puts an action\'s answer in place of the record', async () => {
		mocks.listFileRequests.mockResolvedValue([record(), record({ requestId: 'req-2' })])
		const { records } = setup()
		await flushPromises()

		records.replace(record({ status: 'declined' }))

		expect(records.records.value.map((item) => [item.requestId, item.status])).toEqual([['req-1', 'declined'], ['req-2', 'ringing']])
	})
})
