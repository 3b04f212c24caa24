/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page, Response } from 'playwright-core'

import { describe, expect, test } from 'vitest'
import { activityOf, expectNoConsoleErrors, useBrowser } from './support/browser.ts'

const shareOptionBundle = '/apps/video_verification/js/video_verification-share-option.mjs'

describe('a newcomer opens the index and follows both links', () => {
	const browser = useBrowser()

	test('the sharer link opens the Files page with the Sharing tab and our share option bundle', async () => {
		const page = await browser.page('sharer')
		await page.goto('/')

		const bundleLoaded = page.waitForResponse((response) => pathOf(response) === shareOptionBundle)
		await page.getByRole('link', { name: 'Sharer: share dialog' }).click()

		await page.waitForURL(/\/index\.php\/apps\/files\//)
		await expectVisible(page, page.getByRole('tab', { name: 'Sharing' }), 'the sidebar\'s Sharing tab')
		expect((await bundleLoaded).status()).toBe(200)
		expect(activityOf(page).responses).toContainEqual(expect.objectContaining({ method: 'GET', status: 200, url: expect.stringContaining(shareOptionBundle) }))
		expectNoConsoleErrors(page)
	})

	test('the recipient link opens the password page of the share', async () => {
		const page = await browser.page('recipient')
		await page.goto('/')

		await page.getByRole('link', { name: 'Recipient: open the shared link' }).click()

		await page.waitForURL(/\/index\.php\/s\/[^/]+\/authenticate\//)
		await expectVisible(page, page.locator('form input[name="password"]'), 'the password field')
		expectNoConsoleErrors(page)
	})
})

function pathOf(response: Response): string {
	return new URL(response.url()).pathname
}

async function expectVisible(page: Page, locator: ReturnType<Page['locator']>, what: string): Promise<void> {
	try {
		await locator.first().waitFor({ state: 'visible', timeout: 15_000 })
	} catch {
		throw new Error(`${what} did not show on ${page.url()}`)
	}
}
