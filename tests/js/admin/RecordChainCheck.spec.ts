/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { RecordChainCheck as Check } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import RecordChainCheck from '../../../src/admin/RecordChainCheck.vue'

const mocks = vi.hoisted(() => ({
	verifyRecordChain: vi.fn(),
}))

vi.mock('../../../src/api/recordChain.ts', () => ({
	verifyRecordChain: mocks.verifyRecordChain,
}))

const whole: Check = {
	valid: true,
	checked: 3,
	anchorSeq: 0,
	headSeq: 3,
	headHash: 'ab'.repeat(32),
	problem: null,
	requestId: null,
	seq: null,
	message: 'The record chain is whole',
}

describe('RecordChainCheck', () => {
	beforeEach(() => {
		mocks.verifyRecordChain.mockReset()
	})

	it('checks on request and says that every record matches, with the last hash', async () => {
		mocks.verifyRecordChain.mockResolvedValue(whole)
		const wrapper = mount(RecordChainCheck)
		expect(mocks.verifyRecordChain).not.toHaveBeenCalled()

		await wrapper.get('button').trigger('click')
		await flushPromises()

		expect(mocks.verifyRecordChain).toHaveBeenCalledTimes(1)
		expect(wrapper.text()).toContain('All 3 records match their hashes.')
		expect(wrapper.text()).toContain('Last hash: ' + 'ab'.repeat(32))
	})

	it('names the first record that does not match', async () => {
		mocks.verifyRecordChain.mockResolvedValue({ ...whole, valid: false, checked: 1, problem: 'altered', requestId: 'r'.repeat(32), seq: 2 })
		const wrapper = mount(RecordChainCheck)

		await wrapper.get('button').trigger('click')
		await flushPromises()

		expect(wrapper.text()).toContain(`Record ${'r'.repeat(32)} was changed after it was sealed`)
		expect(wrapper.text()).toContain('1 record before it matched.')
		expect(wrapper.text()).not.toContain('match their hashes')
	})

	it('says when records were removed before one', async () => {
		mocks.verifyRecordChain.mockResolvedValue({ ...whole, valid: false, checked: 4, problem: 'missing', requestId: 'm'.repeat(32), seq: 5 })
		const wrapper = mount(RecordChainCheck)

		await wrapper.get('button').trigger('click')
		await flushPromises()

		expect(wrapper.text()).toContain(`Records were removed from the database before record ${'m'.repeat(32)}.`)
	})

	it('shows an error when the check cannot run', async () => {
		mocks.verifyRecordChain.mockRejectedValue(new Error('offline'))
		const wrapper = mount(RecordChainCheck)

		await wrapper.get('button').trigger('click')
		await flushPromises()

		expect(wrapper.text()).toContain('Something went wrong. Please try again.')
		expect(wrapper.get('button').attributes('disabled')).toBeUndefined()
	})
})
