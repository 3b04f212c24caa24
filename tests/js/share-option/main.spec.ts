/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getSidebarActions, getSidebarSections } from '@nextcloud/sharing/ui'
import { flushPromises } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ELEMENT_NAME } from '../../../src/share-option/sidebarAction.ts'
import { SECTION_ELEMENT_NAME } from '../../../src/sharing-section/sidebarSection.ts'

const mocks = vi.hoisted(() => ({
	get: vi.fn(),
	put: vi.fn(),
}))

vi.mock('@nextcloud/axios', () => ({
	default: { get: mocks.get, put: mocks.put },
	isAxiosError: () => false,
}))

vi.mock('@nextcloud/dialogs', () => ({
	showError: vi.fn(),
	showInfo: vi.fn(),
}))

vi.mock('@nextcloud/initial-state', () => ({
	loadState: (_app: string, _key: string, fallback?: unknown) => fallback,
}))

type HostedElement = HTMLElement & { share?: unknown, node?: unknown, onSave?: unknown }

describe('share-option entry point', () => {
	beforeAll(async () => {
		await import('../../../src/share-option/main.ts')
	})

	it('defines the custom element', () => {
		expect(window.customElements.get(ELEMENT_NAME)).toBeDefined()
	})

	it('registers the sidebar action once', async () => {
		vi.resetModules()
		await import('../../../src/share-option/main.ts')

		const ours = getSidebarActions().filter((action) => action.id === 'video_verification')
		expect(ours).toHaveLength(1)
		expect(ours[0]!.element).toBe(ELEMENT_NAME)
	})

	it('works with the properties the host sets', async () => {
		mocks.get.mockResolvedValue({ data: { ocs: { meta: {}, data: {
			shareId: '42',
			enabled: true,
			mode: 'approve',
			enabledBy: 'alice',
			enabledAt: 1,
			passwordGenerated: true,
			talkAvailable: true,
		} } } })
		const element = document.createElement(ELEMENT_NAME) as HostedElement
		const onSave = vi.fn()
		element.node = { type: 'file' }
		element.onSave = onSave
		element.share = { id: '42', type: 3, password: '$hash' }
		document.body.appendChild(element)

		// The component loads when the element is first shown
		await vi.waitFor(() => expect(element.textContent).toContain('Password via Talk'), { timeout: 10_000 })
		await flushPromises()

		// No shadow root: the host's and our global CSS reach the content
		expect(element.shadowRoot).toBeNull()
		expect(onSave).toHaveBeenCalledWith(expect.any(Function))
		expect(mocks.get).toHaveBeenCalledTimes(1)
		expect(element.querySelector<HTMLInputElement>('input[role="switch"]')?.checked).toBe(true)
	}, 20_000)

	it('defines the section element and registers the Sharing tab section once', async () => {
		vi.resetModules()
		await import('../../../src/share-option/main.ts')

		expect(window.customElements.get(SECTION_ELEMENT_NAME)).toBeDefined()
		const ours = getSidebarSections().filter((section) => section.id === 'video_verification')
		expect(ours).toHaveLength(1)
		expect(ours[0]!.element).toBe(SECTION_ELEMENT_NAME)
	})

	it('loads the section\'s component when the tab shows it, with the node the host sets', async () => {
		mocks.get.mockResolvedValue({ data: { ocs: { meta: {}, data: [] } } })
		const element = document.createElement(SECTION_ELEMENT_NAME) as HostedElement
		element.node = { type: 'file', fileid: 42 }
		document.body.appendChild(element)

		await vi.waitFor(() => expect(element.textContent).toContain('Nobody has asked to open this file by video call yet.'), { timeout: 10_000 })

		expect(element.shadowRoot).toBeNull()
		expect(mocks.get).toHaveBeenCalledWith(expect.stringMatching(/\/apps\/video_verification\/api\/v1\/files\/42\/requests$/), expect.anything())
		element.remove()
	}, 20_000)
})
