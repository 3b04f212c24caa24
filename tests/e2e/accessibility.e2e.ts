/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { repositoryRoot } from './support/demoServer.ts'
import {
	answer,
	CALL_TIMEOUT,
	callAndWaitForRing,
	expectPlaying,
	passwordProtectedLinkShare,
	REMOTE_VIDEO,
	resetDemo,
	ROOM_DELETED,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/** The App Store screenshots (make appstore copies them; not committed) */
const SCREENSHOTS = join(repositoryRoot, 'build/screenshots')
const SHARE_OPTION = 'oca_video_verification-sharing_action'
const REQUEST_BLOCK = '.video-verification-request'
const LIVE_REGION = `${SIDEBAR} [role="status"][aria-live="polite"]`
const ADMIN_PAGE = '/index.php/settings/admin/video_verification'
const ADMIN_ROOT = '#video-verification-admin'

describe('accessibility: axe-core finds no serious or critical violation in our UI', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('the share option, switched off and on', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await sharer.setViewportSize({ width: 1280, height: 900 })
		await sharer.goto(`/index.php/login?user=alice&redirect_url=${encodeURIComponent(`/index.php/apps/files/?fileid=${share.file_source}&share=${share.id}`)}`)
		await sharer.locator('[data-cy-files-sharing-details]').first().waitFor()
		const advanced = sharer.getByRole('button', { name: 'Advanced settings' })
		if (await advanced.getAttribute('aria-expanded') === 'false') {
			await advanced.click()
		}
		const option = sharer.getByRole('switch', { name: 'Password via Talk' })
		await option.waitFor()
		await expect.poll(() => option.isEnabled()).toBe(true)
		expect(await option.isChecked()).toBe(false)
		await expectAccessible(sharer, SHARE_OPTION, 'the share option, off')

		await sharer.getByText('Password via Talk', { exact: true }).click()
		await expect.poll(() => option.isChecked()).toBe(true)
		await expectAccessible(sharer, SHARE_OPTION, 'the share option, on')
		await screenshot(sharer, 'share-option.png', SHARE_OPTION)
		expectNoConsoleErrors(sharer)
	})

	test('the password page, the sidebar in each step, and the call', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await recipient.setViewportSize({ width: 1280, height: 800 })

		await recipient.goto(`/index.php/s/${share.token}`)
		await expectAccessible(recipient, REQUEST_BLOCK, 'the password page with our button')

		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.locator(`${SIDEBAR}[data-step="intro"]`).waitFor()
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: intro')
		await recipient.getByLabel('Your name').fill('Bob Berg')
		await screenshot(recipient, 'sidebar.png')

		await recipient.getByRole('button', { name: 'Continue' }).click()
		await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview')
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: preview')

		await callAndWaitForRing(recipient)
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: call, ringing')
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video')
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: call, connected')
		await screenshot(recipient, 'call.png')

		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: ended')
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
		expectNoConsoleErrors(recipient)
	})

	test('the admin page', async () => {
		const admin = await browser.page('sharer')
		await admin.goto(`/index.php/login?user=admin&redirect_url=${encodeURIComponent(ADMIN_PAGE)}`)
		await admin.locator(`${ADMIN_ROOT} > *`).first().waitFor()
		await expectAccessible(admin, ADMIN_ROOT, 'the admin page')
		await expectAccessible(admin, 'body', 'the admin page with the header and the settings navigation')
		expectNoConsoleErrors(admin)
	})

	test('the demo\'s pages in Nextcloud\'s layout: the index, the Files list, the password page', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await sharer.goto('/')
		await expectAccessible(sharer, 'body', 'the index in the guest layout')
		await sharer.goto(`/index.php/login?user=alice&redirect_url=${encodeURIComponent('/index.php/apps/files/')}`)
		await sharer.locator('.files-list__row-name a').first().waitFor()
		await expectAccessible(sharer, 'body', 'the Files list with the header')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).waitFor()
		await expectAccessible(recipient, 'body', 'the password page in the guest layout')
		expectNoConsoleErrors(sharer)
		expectNoConsoleErrors(recipient)
	})
})

describe('the recipient\'s journey by keyboard alone', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('Tab and Enter: open the sidebar, name, preview, call, hang up; each call state is announced', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).waitFor()
		const announcements = await recordAnnouncements(recipient)

		await tabTo(recipient, 'Request password')
		await recipient.keyboard.press('Enter')
		await recipient.locator(`${SIDEBAR}[data-step="intro"]`).waitFor()
		// The sidebar takes the focus (its heading), the name field is next
		await expect.poll(() => focusedName(recipient)).toBe('Request access by video call')
		await tabTo(recipient, 'Your name')
		await recipient.keyboard.type('Bob Berg')
		await tabTo(recipient, 'Continue')
		await recipient.keyboard.press('Enter')

		await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview')
		await expect.poll(() => recipient.getByRole('button', { name: 'Call', exact: true }).isEnabled()).toBe(true)
		await tabTo(recipient, 'Call')
		await recipient.keyboard.press('Enter')
		await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: CALL_TIMEOUT })

		// Alice answers as she always does (the keyboard journey is the recipient's)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await tabTo(recipient, 'Hang up')
		await recipient.keyboard.press('Enter')
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()

		await expect.poll(() => recipient.locator(LIVE_REGION).textContent()).toContain('Call ended')
		const heard = await announcements()
		expect(heard).toContain('Ringing…')
		expect(heard).toContain('Connected')
		expect(heard.some((text) => text.startsWith('Call ended'))).toBe(true)
		// Nothing was clicked: the focus never left the keyboard's path
		expect(await recipient.evaluate(() => (window as unknown as { vvMouseDowns: number }).vvMouseDowns)).toBe(0)
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
		expectNoConsoleErrors(recipient)
	})
})

/**
 * Press Tab until the focused element is the control with that accessible name.
 *
 * @param page - the page
 * @param name - its label, text or aria-label
 * @param maxPresses - how far it may be
 */
async function tabTo(page: Page, name: string, maxPresses = 40): Promise<void> {
	const seen: string[] = []
	for (let presses = 0; presses < maxPresses; presses++) {
		await page.keyboard.press('Tab')
		const focused = await focusedName(page)
		if (focused === name) {
			return
		}
		seen.push(focused)
	}
	throw new Error(`"${name}" was not reached with ${maxPresses} presses of Tab; the focus went through: ${seen.join(' → ')}`)
}

/**
 * The accessible name of the focused element, near enough: aria-label, its label, or its text.
 *
 * @param page - the page
 */
async function focusedName(page: Page): Promise<string> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null
		if (element === null || element === document.body) {
			return '(body)'
		}
		const labelledBy = element.getAttribute('aria-labelledby')
		const label = element.getAttribute('aria-label')
			?? (labelledBy ? document.getElementById(labelledBy)?.textContent : null)
			?? (element as HTMLInputElement).labels?.[0]?.textContent
			?? element.textContent
			?? element.tagName
		return label.replace(/\s+/g, ' ').trim()
	})
}

/**
 * Records every text the sidebar's live region takes (what a screen reader announces) and
 * counts mouse presses, from now on.
 *
 * @param page - the recipient's page
 */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
	await page.evaluate((live) => {
		const state = window as unknown as { vvAnnouncements: string[], vvMouseDowns: number }
		state.vvAnnouncements = []
		state.vvMouseDowns = 0
		window.addEventListener('mousedown', () => {
			state.vvMouseDowns++
		}, true)
		new MutationObserver(() => {
			const text = document.querySelector(live)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
			if (text !== '' && state.vvAnnouncements.at(-1) !== text) {
				state.vvAnnouncements.push(text)
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true })
	}, LIVE_REGION)
	return () => page.evaluate(() => (window as unknown as { vvAnnouncements: string[] }).vvAnnouncements)
}

/**
 * An App Store screenshot into build/screenshots/
 *
 * @param page - the page
 * @param file - the file name
 * @param scrollTo - an element to bring into view first
 */
async function screenshot(page: Page, file: string, scrollTo?: string): Promise<void> {
	mkdirSync(SCREENSHOTS, { recursive: true })
	if (scrollTo !== undefined) {
		await page.locator(scrollTo).first().scrollIntoViewIfNeeded()
	}
	await page.screenshot({ path: join(SCREENSHOTS, file) })
}
