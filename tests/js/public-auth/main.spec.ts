/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PublicShareState } from '../../../src/public-auth/publicShare.ts'

import { flushPromises } from '@vue/test-utils'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

const mocks = vi.hoisted(() => ({
	publicShare: null as PublicShareState | null,
}))

vi.mock('@nextcloud/initial-state', () => ({
	loadState: (app: string, key: string, fallback?: unknown) => {
		if (app === 'video_verification' && key === 'public_share' && mocks.publicShare) {
			return mocks.publicShare
		}
		if (app === 'files_sharing' && key === 'sharingToken') {
			return 'DemoBankStmt003'
		}
		if (fallback !== undefined) {
			return fallback
		}
		throw new Error(`Could not find initial state ${key} of ${app}`)
	},
}))

const FORM = '<form><input type="password" name="password"><input type="submit"></form>'

/**
 * Load the entry point on a fresh page
 *
 * @param body - the page's markup
 * @param share - the initial state
 */
async function loadPage(body: string, share: PublicShareState): Promise<HTMLButtonElement> {
	// A new body per page: the observer of the previous test's script watches the old one
	const page = document.createElement('body')
	page.innerHTML = body
	document.documentElement.replaceChild(page, document.body)
	mocks.publicShare = share
	await import('../../../src/public-auth/main.ts')
	return document.querySelector<HTMLButtonElement>('.video-verification-request__button')!
}

/**
 * Click and wait for the lazily loaded sidebar
 *
 * @param button - the request button
 */
async function click(button: HTMLButtonElement): Promise<void> {
	button.click()
	// The first import of the sidebar chunk compiles Vue components: give it time
	await vi.waitFor(() => expect(button.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 })
	await flushPromises()
}

const linkShare: PublicShareState = { shareType: 3, fileName: 'Contract.pdf', mode: 'approve', recipientEmail: null }
const emailShare: PublicShareState = { shareType: 4, fileName: 'Scan.pdf', mode: 'password', recipientEmail: 'bob@example.com' }

describe('public-auth entry point', () => {
	beforeAll(async () => {
		// The first import transforms the sidebar and the call client: slow on a busy machine
		await import('../../../src/public-auth/sidebar/openSidebar.ts')
	}, 60_000)

	beforeEach(() => {
		vi.resetModules()
	})

	it.each([
		['#guest-content-vue', `<div id="core-public-share-auth" class="guest-box"><div id="guest-content-vue">${FORM}</div></div>`, 'guest-content-vue'],
		['#core-public-share-auth', `<div id="core-public-share-auth" class="guest-box">${FORM}</div>`, 'core-public-share-auth'],
		['.guest-box', `<div class="guest-box">${FORM}</div>`, ''],
	])('puts the button into %s next to the form', async (_selector, body, parentId) => {
		const button = await loadPage(body, linkShare)

		expect(button.textContent).toBe('Request password')
		const block = button.parentElement!
		expect(block.parentElement!.id).toBe(parentId)
		expect(block.previousElementSibling?.tagName).toBe('FORM')
	})

	it('opens the sidebar with step 1 on click', async () => {
		const button = await loadPage(`<div id="guest-content-vue">${FORM}</div>`, linkShare)

		await click(button)

		const aside = document.querySelector('aside')!
		expect(aside).not.toBeNull()
		expect(aside.textContent).toContain('Contract.pdf')
		expect(aside.textContent).toContain('The person who shared this file will see you on a video call before it opens.')
		expect(button.getAttribute('aria-expanded')).toBe('true')
		expect(button.getAttribute('aria-controls')).toBe(aside.id)
		expect(aside.querySelector<HTMLInputElement>('input')!.value).toBe('')
	})

	it('pre-fills the name with the address of an e-mail share', async () => {
		const button = await loadPage(`<div id="guest-content-vue">${FORM}</div>`, emailShare)

		await click(button)

		expect(document.querySelector<HTMLInputElement>('aside input')!.value).toBe('bob@example.com')
	})

	it('closes the sidebar and gives the focus back to the button', async () => {
		const button = await loadPage(`<div id="guest-content-vue">${FORM}</div>`, linkShare)
		await click(button)

		document.querySelector<HTMLButtonElement>('aside button[aria-label="Close"]')!.click()
		await flushPromises()

		expect(document.querySelector('aside')).toBeNull()
		expect(button.getAttribute('aria-expanded')).toBe('false')
		expect(document.activeElement).toBe(button)
	})

	it('opens only one sidebar', async () => {
		const button = await loadPage(`<div id="guest-content-vue">${FORM}</div>`, linkShare)

		await click(button)
		await click(button)

		expect(document.querySelectorAll('aside')).toHaveLength(1)
	})
})
