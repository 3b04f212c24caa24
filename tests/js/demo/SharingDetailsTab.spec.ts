/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { IShare } from '@nextcloud/sharing'
import type { OcsShare } from '../../demo/client/files/Share.ts'

import { registerSidebarAction } from '@nextcloud/sharing/ui'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import SharingDetailsTab from '../../demo/client/files/SharingDetailsTab.vue'
import Share from '../../demo/client/files/Share.ts'
import { ocs, ocsLinkShare, reportNode } from './shareFixtures.ts'

const mocks = vi.hoisted(() => ({
	put: vi.fn(),
	showError: vi.fn(),
	showSuccess: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: { put: mocks.put },
	isAxiosError: (error: { isAxiosError?: boolean }) => error?.isAxiosError === true,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: mocks.showError,
	showSuccess: mocks.showSuccess,
}))

enableAutoUnmount(afterEach)

/** The element our app registers, reduced to what the host does with it. */
class ActionElement extends HTMLElement {
	share?: IShare
	onSave?: (callback: () => Promise<void>) => void
}
customElements.define('oca_demo_spec-details-action', ActionElement)

/**
 * Mount the details view for a share, as the Sharing tab does.
 *
 * @param data the share's OCS fields
 */
function mountDetails(data: Partial<OcsShare> = {}) {
	const share = reactive(new Share(ocsLinkShare(data))) as Share
	const wrapper = mount(SharingDetailsTab, {
		props: { share, node: reportNode(), path: '/report.pdf' },
		attachTo: document.body,
	})
	return { share, wrapper }
}

describe('SharingDetailsTab', () => {
	beforeEach(() => {
		vi.clearAllMocks()
		window._oc_appswebroots = { spreed: '/apps/spreed' }
	})

	afterEach(() => {
		delete window._nc_files_sharing_sidebar_actions
		delete window._oc_appswebroots
	})

	it('opens "Advanced settings" by itself for a share with a password and offers "Video verification" when Talk is there', async () => {
		const { wrapper } = mountDetails({ password: '$2y$10$hash' })
		await flushPromises()

		expect(wrapper.find('#advancedSectionAccordionAdvanced').exists()).toBe(true)
		expect(wrapper.text()).toContain('Video verification')
	})

	it('keeps "Advanced settings" closed for a share without password, label, expiry or note', async () => {
		const { wrapper } = mountDetails()
		await flushPromises()

		expect(wrapper.find('#advancedSectionAccordionAdvanced').exists()).toBe(false)
		expect(wrapper.get('#advancedSectionAccordionAdvancedControl').attributes('aria-expanded')).toBe('false')
	})

	it('offers no "Video verification" without Talk', async () => {
		delete window._oc_appswebroots
		const { wrapper } = mountDetails({ password: '$2y$10$hash' })
		await flushPromises()

		expect(wrapper.text()).not.toContain('Video verification')
	})

	it('offers "Video verification" on an e-mail share only while a new password is typed', async () => {
		const { share, wrapper } = mountDetails({ share_type: 4, share_with: 'bob@example.com', password: '$2y$10$hash' })
		await flushPromises()
		expect(wrapper.text()).not.toContain('Video verification')

		share.newPassword = 'Another-passw0rd'
		await flushPromises()
		expect(wrapper.text()).toContain('Video verification')
	})

	it('renders the enabled registered actions with the share and awaits their callback after the update', async () => {
		const calls: string[] = []
		mocks.put.mockImplementation(async () => {
			calls.push('PUT')
			return ocs(ocsLinkShare())
		})
		registerSidebarAction({ id: 'shown', order: 1, element: 'oca_demo_spec-details-action', enabled: (share) => share.type === 3 })
		registerSidebarAction({ id: 'hidden', order: 2, element: 'oca_demo_spec-details-action', enabled: () => false })
		const { share, wrapper } = mountDetails({ label: 'For Bob' })
		await flushPromises()

		const elements = wrapper.findAll('[data-action-id]')
		expect(elements.map((element) => element.attributes('data-action-id'))).toEqual(['shown'])
		const element = elements[0]!.element.firstElementChild as ActionElement
		expect(element.share?.id).toBe(share.id)
		element.onSave?.(async () => {
			calls.push('callback')
		})

		await wrapper.get('[data-cy-files-sharing-share-editor-action="save"]').trigger('click')
		await flushPromises()

		expect(calls).toEqual(['PUT', 'callback'])
		expect(wrapper.emitted('closeSharingDetails')).toHaveLength(1)
	})

	it('closes the details even when a registered callback rejects', async () => {
		mocks.put.mockResolvedValue(ocs(ocsLinkShare()))
		registerSidebarAction({ id: 'failing', order: 1, element: 'oca_demo_spec-details-action', enabled: () => true })
		const { wrapper } = mountDetails({ label: 'For Bob' })
		await flushPromises()
		const element = wrapper.get('[data-action-id="failing"]').element.firstElementChild as ActionElement
		element.onSave?.(() => Promise.reject(new Error('refused')))

		await wrapper.get('[data-cy-files-sharing-share-editor-action="save"]').trigger('click')
		await flushPromises()

		expect(wrapper.emitted('closeSharingDetails')).toHaveLength(1)
		expect(mocks.showError).not.toHaveBeenCalled()
	})
})
