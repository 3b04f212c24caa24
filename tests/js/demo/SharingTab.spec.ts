/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { INode } from '@nextcloud/files'

import { registerSidebarSection } from '@nextcloud/sharing/ui'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import SharingTab from '../../demo/client/files/SharingTab.vue'
import { ocs, ocsLinkShare, reportNode } from './shareFixtures.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: { get: mocks.get },
	isAxiosError: () => false,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: vi.fn(),
	showSuccess: vi.fn(),
}))

enableAutoUnmount(afterEach)

/** A section element as an app defines it; it keeps the node the host sets. */
class SectionElement extends HTMLElement {
	node?: INode
}

describe('SharingTab: sections of other apps', () => {
	beforeAll(() => {
		customElements.define('oca_demo_spec-section_late', class extends SectionElement {})
		customElements.define('oca_demo_spec-section_early', class extends SectionElement {})
		customElements.define('oca_demo_spec-section_off', class extends SectionElement {})
		registerSidebarSection({ id: 'late', element: 'oca_demo_spec-section_late', order: 90, enabled: () => true })
		registerSidebarSection({ id: 'early', element: 'oca_demo_spec-section_early', order: 10, enabled: () => true })
		registerSidebarSection({ id: 'off', element: 'oca_demo_spec-section_off', order: 50, enabled: (node) => node.mime === 'text/plain' })
	})

	beforeEach(() => {
		mocks.get.mockReset().mockResolvedValue(ocs([ocsLinkShare()]))
	})

	async function mountTab() {
		const node = reportNode()
		const wrapper = mount(SharingTab, { props: { node, path: '/report.pdf' }, attachTo: document.body })
		await flushPromises()
		return { wrapper, node }
	}

	it('renders the enabled sections in their order, each with the node as a property', async () => {
		const { wrapper, node } = await mountTab()

		const rendered = wrapper.findAll<SectionElement>('.sharingTab__additionalContent')
		expect(rendered.map((element) => element.element.tagName.toLowerCase())).toEqual(['oca_demo_spec-section_early', 'oca_demo_spec-section_late'])
		expect(rendered[0]!.element.node).toBe(node)
		expect(rendered[0]!.element.getAttribute('node')).toBeNull()
		expect(wrapper.text()).toContain('Additional shares')
	})

	it('hides the sections while a share\'s details are open', async () => {
		const { wrapper } = await mountTab()

		await wrapper.get('.sharing-entry__link button').trigger('click')
		await flushPromises()

		expect(wrapper.findAll('.sharingTab__additionalContent')).toHaveLength(0)
	})
})
