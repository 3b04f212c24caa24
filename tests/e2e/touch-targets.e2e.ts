/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { beforeEach, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import {
	callAndWaitForRing,
	expectPlaying,
	passwordProtectedLinkShare,
	resetDemo,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/** The usual minimum of a touch target (WCAG 2.5.5, Apple's and Android's guidelines) */
const TOUCH_MIN_PX = 44
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

interface Box { name: string, left: number, right: number, width: number, height: number }

/**
 * Every visible control of the sidebar (buttons, fields, selects) with its box
 *
 * @param page - the recipient's page
 */
async function controls(page: Page): Promise<Box[]> {
	return page.evaluate((sidebar) => [...document.querySelectorAll<HTMLElement>(`${sidebar} button, ${sidebar} input:not([type="hidden"]), ${sidebar} select`)]
		.filter((element) => element.offsetParent !== null && getComputedStyle(element).visibility !== 'hidden')
		.map((element) => {
			const box = element.getBoundingClientRect()
			const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).trim() || element.tagName
			return { name, left: box.left, right: box.right, width: box.width, height: box.height }
		}), SIDEBAR)
}

/**
 * Each control can be hit with a finger and nothing is cut off at the screen's edges
 *
 * @param page - the recipient's page
 * @param step - for the message
 */
async function expectTouchable(page: Page, step: string): Promise<void> {
	const found = await controls(page)
	expect(found.length, `controls of the ${step} step`).toBeGreaterThan(0)
	const width = page.viewportSize()!.width
	for (const control of found) {
		expect(control.height, `height of "${control.name}" (${step})`).toBeGreaterThanOrEqual(TOUCH_MIN_PX)
		expect(control.width, `width of "${control.name}" (${step})`).toBeGreaterThanOrEqual(TOUCH_MIN_PX)
		expect(control.left, `left edge of "${control.name}" (${step})`).toBeGreaterThanOrEqual(0)
		expect(control.right, `right edge of "${control.name}" (${step})`).toBeLessThanOrEqual(width)
	}
}

/** @param page - the recipient's page */
async function sidebarWidth(page: Page): Promise<number> {
	return page.locator(SIDEBAR).evaluate((element) => element.getBoundingClientRect().width)
}

describe('on a phone, the recipient can reach every control with a finger', () => {
	const browser = useBrowser({ contextOptions: () => PHONE })

	beforeEach(resetDemo)

	test('password page, name, preview and call: targets of at least 44 px, nothing clipped, one sidebar width, a "Call" that looks ready', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)

		const request = recipient.getByRole('button', { name: 'Request password' })
		const requestBox = (await request.boundingBox())!
		expect(requestBox.height).toBeGreaterThanOrEqual(TOUCH_MIN_PX)
		await request.click()

		await recipient.getByLabel('Your name').fill('Robin Recipient')
		await expectTouchable(recipient, 'name')
		const widths = [await sidebarWidth(recipient)]
		await recipient.getByRole('button', { name: 'Continue' }).click()

		await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview')
		await expectTouchable(recipient, 'preview')
		widths.push(await sidebarWidth(recipient))
		const call = recipient.getByRole('button', { name: 'Call', exact: true })
		// Ready means enabled and drawn as enabled (not the faded look of a disabled button)
		expect(await call.isEnabled()).toBe(true)
		expect(await call.evaluate((button) => Number(getComputedStyle(button).opacity))).toBe(1)
		await expectAccessible(recipient, SIDEBAR, 'the sidebar\'s preview on a phone')

		await callAndWaitForRing(recipient)
		await expectTouchable(recipient, 'call')
		widths.push(await sidebarWidth(recipient))
		expect(widths).toEqual([390, 390, 390])

		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		expectNoConsoleErrors(recipient)
	})
})

describe('on a desktop, the sidebar keeps its width and leaves the password box visible', () => {
	const browser = useBrowser({ contextOptions: () => ({ viewport: { width: 1280, height: 800 } }) })

	beforeEach(resetDemo)

	test('one width from the name to the call; the password box is beside the sidebar, not under it', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await expectAccessible(recipient, 'body', 'the password page in the guest layout')
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Robin Recipient')
		const widths = [await sidebarWidth(recipient)]
		const sidebarLeft = (await recipient.locator(SIDEBAR).boundingBox())!.x
		const box = (await recipient.locator('.guest-box').first().boundingBox())!
		expect(box.x + box.width).toBeLessThanOrEqual(sidebarLeft)

		await recipient.getByRole('button', { name: 'Continue' }).click()
		await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview')
		widths.push(await sidebarWidth(recipient))
		await callAndWaitForRing(recipient)
		widths.push(await sidebarWidth(recipient))
		expect(new Set(widths).size, `sidebar widths ${widths.join(', ')}`).toBe(1)

		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		expectNoConsoleErrors(recipient)
	})
})
