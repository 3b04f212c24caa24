/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { beforeEach, describe, expect, test } from 'vitest'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { OCS, passwordProtectedLinkShare, resetDemo } from './support/recipientJourney.ts'

describe('the recipient opens a protected link', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('with only Nextcloud\'s own "Video verification" flag, Talk\'s own "Request password" shows', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await loggedInAs('alice', await browser.page('sharer'))
		const update = await sharer.request.put(`/ocs/v2.php/apps/files_sharing/api/v1/shares/${share.id}`, {
			headers: OCS,
			data: { sendPasswordByTalk: 'true' },
		})
		expect(update.status()).toBe(200)

		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.locator('#talk-public-share-auth #request-password-button').waitFor()
		expect(await recipient.locator('.video-verification-request').count()).toBe(0)
		expectNoConsoleErrors(recipient)
	})

	test('with Password via Talk on, our "Request password" replaces Talk\'s', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await loggedInAs('alice', await browser.page('sharer'))
		const update = await sharer.request.put(`/ocs/v2.php/apps/video_verification/api/v1/shares/${share.id}`, {
			headers: OCS,
			data: { enabled: true, mode: 'approve' },
		})
		expect(update.status()).toBe(200)

		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).waitFor()
		expect(await recipient.locator('.video-verification-request').count()).toBe(1)
		expect(await recipient.locator('#talk-public-share-auth, #talk-public-share-auth-sidebar').count()).toBe(0)
		// The password form stays for a recipient who was told the password.
		expect(await recipient.locator('form input[name="password"]').count()).toBe(1)
		expectNoConsoleErrors(recipient)
	})

	test('a name typed (or autofilled) the moment the sidebar opens is kept, every time', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await loggedInAs('alice', await browser.page('sharer'))
		const update = await sharer.request.put(`/ocs/v2.php/apps/video_verification/api/v1/shares/${share.id}`, {
			headers: OCS,
			data: { enabled: true, mode: 'approve' },
		})
		expect(update.status()).toBe(200)

		const recipient = await browser.page('recipient')
		for (let attempt = 1; attempt <= 5; attempt++) {
			await recipient.goto(`/index.php/s/${share.token}`)
			await recipient.getByRole('button', { name: 'Request password' }).click()
			if (attempt % 2 === 1) {
				// As fast as a browser's autofill: into the field as soon as it exists
				await recipient.waitForFunction(() => {
					const input = document.querySelector<HTMLInputElement>('#video-verification-sidebar input[autocomplete="name"]')
					if (input === null) {
						return false
					}
					input.value = 'Robin Recipient'
					input.dispatchEvent(new Event('input', { bubbles: true }))
					return true
				}, null, { polling: 'raf' })
			} else {
				await recipient.getByLabel('Your name').pressSequentially('Robin Recipient')
			}
			// Past the moment the name used to be erased (about 170 ms after the sidebar opened)
			await recipient.waitForTimeout(600)
			expect(await recipient.getByLabel('Your name').inputValue(), `attempt ${attempt}`).toBe('Robin Recipient')
		}
		expectNoConsoleErrors(recipient)
	})
})

async function loggedInAs(user: string, page: Page): Promise<Page> {
	await page.goto(`/index.php/login?user=${user}&redirect_url=/`)
	return page
}
