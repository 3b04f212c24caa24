/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getSidebarActions } from '@nextcloud/sharing/ui'
import { flushPromises } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ELEMENT_NAME } from '../../../src/share-option/sidebarAction.ts'

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
	})
})
