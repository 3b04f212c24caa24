/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page, Response } from 'playwright-core'
import type { DemoShare } from './support/recipientJourney.ts'

import { beforeEach, describe, expect, inject, test } from 'vitest'
import { activityOf, expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { resetDemo, setVerification } from './support/recipientJourney.ts'

const shareOptionBundle = '/apps/video_verification/js/video_verification-share-option.mjs'

describe('a newcomer opens the index and follows both links', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('the sharer link opens Files with the share list of Contract.pdf (no share editor) and our share option bundle', async () => {
		const page = await browser.page('sharer')
		await page.goto('/')

		const bundleLoaded = page.waitForResponse((response) => pathOf(response) === shareOptionBundle)
		await page.getByRole('link', { name: 'Sharer: share dialog' }).click()

		await page.waitForURL(/\/index\.php\/apps\/files\//)
		await expectVisible(page, page.getByRole('tab', { name: 'Sharing' }), 'the sidebar\'s Sharing tab')
		expect(await page.locator('.app-sidebar-header__mainname').textContent()).toContain('Contract.pdf')
		// The list of the file's shares, with the verification records' section; no share's details open
		await expectVisible(page, page.getByRole('list', { name: 'Link shares' }), 'the share list')
		expect(await page.getByRole('button', { name: 'Customize link' }).count()).toBeGreaterThan(0)
		expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0)
		await expectVisible(page, page.locator('oca_video_verification-sharing_section'), 'the video verification section')
		expect((await bundleLoaded).status()).toBe(200)
		expect(activityOf(page).responses).toContainEqual(expect.objectContaining({ method: 'GET', status: 200, url: expect.stringContaining(shareOptionBundle) }))
		expectNoConsoleErrors(page)
	})

	test('the Files page lists alice\'s files; any of them opens its Sharing tab; the header\'s "Files" is that page, with the bell', async () => {
		const page = await browser.page('sharer')
		await page.goto('/index.php/login?user=alice&redirect_url=%2Findex.php%2Fapps%2Ffiles%2F')
		await page.getByRole('banner').getByRole('link', { name: 'Files' }).click()
		await page.waitForURL(/\/index\.php\/apps\/files\/$/)
		const names = page.locator('.files-list__row-name a')
		await expect.poll(() => names.allTextContents()).toEqual(['Bank statement.pdf', 'Case files', 'Contract.pdf', 'Medical report.pdf', 'Notes.txt'])
		await expectVisible(page, page.getByRole('button', { name: /Notifications/ }), 'the notifications bell')

		await page.getByRole('link', { name: 'Medical report.pdf' }).click()
		await expectVisible(page, page.getByRole('tab', { name: 'Sharing' }), 'the Sharing tab of Medical report.pdf')
		expect(await page.locator('.app-sidebar-header__mainname').textContent()).toContain('Medical report.pdf')
		await expectVisible(page, page.getByText('carol@example.com'), 'the e-mail share of Medical report.pdf')
		expectNoConsoleErrors(page)
	})

	test('the recipient link opens the share the sharer link configures: with Password via Talk on, its password page offers "Request password"', async () => {
		const sharer = await browser.page('sharer')
		await sharer.goto('/')
		const sharerUrl = await sharer.getByRole('link', { name: 'Sharer: share dialog' }).getAttribute('href')
		const filesUrl = new URL(sharerUrl ?? '', 'http://demo').searchParams.get('redirect_url') ?? ''
		const fileId = new URL(filesUrl, 'http://demo').searchParams.get('fileid')
		const shares = ((await (await fetch(`${inject('demoBaseUrl')}/demo/state/shares`)).json()) as { shares: DemoShare[] }).shares
		const share = shares.find((s) => String(s.file_source) === fileId && s.share_type === 3)
		expect(share, 'the link share of the sharer link\'s file').toBeDefined()
		await setVerification(sharer, share!, true)

		const page = await browser.page('recipient')
		await page.goto('/')
		await page.getByRole('link', { name: 'Recipient: open the shared link' }).click()

		await page.waitForURL(new RegExp(`/index\\.php/s/${share!.token}/authenticate/`))
		await expectVisible(page, page.locator('form input[name="password"]'), 'the password field')
		await expectVisible(page, page.getByRole('button', { name: 'Request password' }), 'our "Request password"')
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
