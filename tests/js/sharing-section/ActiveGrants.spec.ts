/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Grant } from '../../../src/api/grants.ts'

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ActiveGrants from '../../../src/sharing-section/ActiveGrants.vue'
import { NOW, record } from './records.ts'

const mocks = vi.hoisted(() => ({
	listShareGrants: vi.fn(),
	revokeGrant: vi.fn(),
	showError: vi.fn(),
}))

vi.mock('../../../src/api/grants.ts', () => ({
	listShareGrants: mocks.listShareGrants,
	revokeGrant: mocks.revokeGrant,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
}))

enableAutoUnmount(afterEach)

/**
 * A grant as the server lists it
 *
 * @param overrides - fields that differ
 */
function grant(overrides: Partial<Grant> = {}): Grant {
	return {
		grantId: '7',
		requestId: 'req-1',
		shareId: '12',
		requesterName: 'Robin Recipient',
		requesterEmail: null,
		verifiedAt: NOW - 480,
		verifiedBy: 'alice',
		verifiedByDisplayName: 'Alice Adams',
		releasedBy: 'approve',
		createdAt: NOW - 470,
		lastUsedAt: NOW,
		endedAt: null,
		endReason: null,
		...overrides,
	}
}

const used = record({ status: 'used', decidedAt: NOW - 480, decidedBy: 'alice', releasedBy: 'approve', firstUsedAt: NOW - 470 })

async function mountList(records = [used]) {
	const wrapper = mount(ActiveGrants, { props: { records } })
	await flushPromises()
	return wrapper
}

describe('ActiveGrants', () => {
	beforeEach(() => {
		mocks.listShareGrants.mockReset()
		mocks.revokeGrant.mockReset()
		mocks.showError.mockReset()
	})

	it('lists who holds access, who verified them and when they last opened the file', async () => {
		mocks.listShareGrants.mockResolvedValue([grant()])

		const wrapper = await mountList()

		expect(mocks.listShareGrants).toHaveBeenCalledWith('12')
		const item = wrapper.get('[data-grant-id="7"]')
		expect(item.text()).toContain('Robin Recipient')
		expect(item.text()).toMatch(/verified .+ by Alice Adams — last opened .+/)
		expect(item.get('button').text()).toBe('Revoke access')
		expect(item.get('button').attributes('aria-label')).toBe('Revoke access of Robin Recipient')
	})

	it('asks nothing while no request of the file unlocked a browser, or when its share is gone', async () => {
		await mountList([record({ status: 'declined' }), record({ status: 'used', shareDeleted: true })])

		expect(mocks.listShareGrants).not.toHaveBeenCalled()
	})

	it('asks once per share', async () => {
		mocks.listShareGrants.mockResolvedValue([])

		await mountList([used, record({ ...used, requestId: 'req-2' }), record({ ...used, requestId: 'req-3', shareId: '13' })])

		expect(mocks.listShareGrants.mock.calls).toEqual([['12'], ['13']])
	})

	it('revokes a grant and takes it off the list', async () => {
		mocks.listShareGrants.mockResolvedValue([grant(), grant({ grantId: '8', requesterName: 'Sam Second' })])
		mocks.revokeGrant.mockResolvedValue(grant({ endedAt: NOW, endReason: 'revoked' }))
		const wrapper = await mountList()

		await wrapper.get('[data-grant-id="7"] button').trigger('click')
		await flushPromises()

		expect(mocks.revokeGrant).toHaveBeenCalledWith('7')
		expect(wrapper.find('[data-grant-id="7"]').exists()).toBe(false)
		expect(wrapper.find('[data-grant-id="8"]').exists()).toBe(true)
	})

	it('says when revoking failed and reads the list again', async () => {
		mocks.listShareGrants.mockResolvedValue([grant()])
		mocks.revokeGrant.mockRejectedValue(new Error('offline'))
		const wrapper = await mountList()

		await wrapper.get('[data-grant-id="7"] button').trigger('click')
		await flushPromises()

		expect(mocks.showError).toHaveBeenCalledWith('The access could not be revoked.')
		expect(mocks.listShareGrants).toHaveBeenCalledTimes(2)
		expect(wrapper.find('[data-grant-id="7"]').exists()).toBe(true)
	})
})
