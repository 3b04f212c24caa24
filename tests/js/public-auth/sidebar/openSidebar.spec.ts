/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PublicShareState } from '../../../../src/public-auth/publicShare.ts'

import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const emailShare: PublicShareState = { shareType: 4, fileName: 'Scan.pdf', mode: 'approve', recipientEmail: 'bob@example.com' }
const linkShare: PublicShareState = { shareType: 3, fileName: 'Contract.pdf', mode: 'password', recipientEmail: null }

/** A fresh module: the remembered name lives in it */
const load = () => import('../../../../src/public-auth/sidebar/openSidebar.ts')

describe('openSidebar', () => {
	beforeEach(() => {
		vi.resetModules()
	})

	it('appends the sidebar to the page and focuses its heading', async () => {
		const { openSidebar, SIDEBAR_ID } = await load()

		const handle = openSidebar(linkShare, { onClose: vi.fn() })
		await flushPromises()

		expect(handle.id).toBe(SIDEBAR_ID)
		expect(handle.isOpen()).toBe(true)
		const aside = document.getElementById(SIDEBAR_ID)!
		expect(aside.tagName).toBe('ASIDE')
		expect(document.activeElement).toBe(aside.querySelector('h2'))
	})

	it('pre-fills the name only for e-mail shares', async () => {
		const { openSidebar } = await load()

		openSidebar(emailShare, { onClose: vi.fn() }).close()
		const { openSidebar: openAgain } = await load()
		expect(document.querySelector('aside')).toBeNull()

		openAgain(emailShare, { onClose: vi.fn() })
		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('bob@example.com')
	})

	it('leaves the name empty for link shares', async () => {
		const { openSidebar } = await load()

		openSidebar(linkShare, { onClose: vi.fn() })

		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('')
	})

	it('closes once, removing the sidebar and telling the caller', async () => {
		const { openSidebar } = await load()
		const onClose = vi.fn()
		const handle = openSidebar(linkShare, { onClose })

		handle.close()
		handle.close()

		expect(onClose).toHaveBeenCalledTimes(1)
		expect(handle.isOpen()).toBe(false)
		expect(document.querySelector('aside')).toBeNull()
	})

	it('keeps the typed name when opened again', async () => {
		const { openSidebar } = await load()
		const first = openSidebar(emailShare, { onClose: vi.fn() })
		const input = document.querySelector<HTMLInputElement>('aside input')!
		input.value = 'Bob Builder'
		input.dispatchEvent(new Event('input'))
		await flushPromises()
		first.close()

		openSidebar(emailShare, { onClose: vi.fn() })

		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('Bob Builder')
	})
})
