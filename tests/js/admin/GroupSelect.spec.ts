/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import GroupSelect from '../../../src/admin/GroupSelect.vue'

const mocks = vi.hoisted(() => ({
	searchGroups: vi.fn(),
}))

vi.mock('../../../src/api/groups.ts', () => ({
	searchGroups: mocks.searchGroups,
}))

enableAutoUnmount(afterEach)

const initial = [{ id: 'admin', displayName: 'admin' }, { id: 'sharers', displayName: 'Sharers' }]

function mountSelect(modelValue = [{ id: 'sharers', displayName: 'Sharers' }]) {
	return mount(GroupSelect, {
		props: { modelValue, inputId: 'groups', inputLabel: 'Groups', initialOptions: initial, debounceMs: 200 },
		attachTo: document.body,
	})
}

/**
 * The options NcSelect shows now
 *
 * @param wrapper - the mounted select
 */
function shownOptions(wrapper: ReturnType<typeof mountSelect>): string[] {
	return (wrapper.findComponent({ name: 'NcSelect' }).props('options') as { id: string }[]).map((option) => option.id)
}

async function type(wrapper: ReturnType<typeof mountSelect>, text: string): Promise<void> {
	// into vue-select's own search field, whose 'search' event reaches GroupSelect through NcSelect
	await wrapper.find('input[role="combobox"]').setValue(text)
}

describe('GroupSelect', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
		mocks.searchGroups.mockReset()
	})

	afterEach(() => {
		vi.useRealTimers()
	})

	it('lists the page\'s groups until the admin types, then asks the server once they pause', async () => {
		mocks.searchGroups.mockResolvedValue([{ id: 'legal-dept', displayName: 'Legal department' }])
		const wrapper = mountSelect()
		expect(shownOptions(wrapper)).toEqual(['admin', 'sharers'])

		await type(wrapper, 'le')
		await type(wrapper, 'leg')
		await type(wrapper, 'lega ')
		vi.advanceTimersByTime(199)
		expect(mocks.searchGroups).not.toHaveBeenCalled()
		vi.advanceTimersByTime(1)
		await flushPromises()

		expect(mocks.searchGroups).toHaveBeenCalledTimes(1)
		expect(mocks.searchGroups.mock.calls[0]?.[0]).toBe('lega')
		expect(shownOptions(wrapper)).toEqual(['legal-dept'])
	})

	it('clearing the text shows the page\'s groups again without asking', async () => {
		mocks.searchGroups.mockResolvedValue([{ id: 'legal-dept', displayName: 'Legal department' }])
		const wrapper = mountSelect()
		await type(wrapper, 'leg')
		vi.advanceTimersByTime(200)
		await flushPromises()

		await type(wrapper, '  ')

		expect(shownOptions(wrapper)).toEqual(['admin', 'sharers'])
		expect(mocks.searchGroups).toHaveBeenCalledTimes(1)
	})

	it('an answer that a newer search replaced is dropped; a failed search keeps the options', async () => {
		let answerFirst: (groups: unknown) => void = () => {}
		mocks.searchGroups
			.mockImplementationOnce(() => new Promise((resolve) => { answerFirst = resolve }))
			.mockResolvedValueOnce([{ id: 'legal', displayName: 'legal' }])
			.mockRejectedValueOnce(new Error('Network Error'))
		const wrapper = mountSelect()

		await type(wrapper, 'l')
		vi.advanceTimersByTime(200)
		await type(wrapper, 'legal')
		vi.advanceTimersByTime(200)
		await flushPromises()
		answerFirst([{ id: 'late', displayName: 'late' }])
		await flushPromises()
		expect(shownOptions(wrapper)).toEqual(['legal'])
		expect((mocks.searchGroups.mock.calls[0]?.[1] as AbortSignal).aborted).toBe(true)

		await type(wrapper, 'legalx')
		vi.advanceTimersByTime(200)
		await flushPromises()
		expect(shownOptions(wrapper)).toEqual(['legal'])
	})

	it('keeps the chosen groups when they are not among the matches', async () => {
		mocks.searchGroups.mockResolvedValue([{ id: 'legal', displayName: 'legal' }])
		const wrapper = mountSelect()
		await type(wrapper, 'legal')
		vi.advanceTimersByTime(200)
		await flushPromises()

		expect(wrapper.findComponent({ name: 'NcSelect' }).props('modelValue')).toEqual([{ id: 'sharers', displayName: 'Sharers' }])
		expect(wrapper.text()).toContain('Sharers')
	})
})
