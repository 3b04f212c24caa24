/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { endingText, OCS, openPreview, passwordProtectedLinkShare, resetDemo, setVerification, SIDEBAR } from './support/recipientJourney.ts'

const PERSONAL_SECTION = '/index.php/settings/user/video_verification'

/** A half hour twelve hours from now (alice's time zone in the demo is UTC): never now */
function hoursThatExcludeNow(): { from: string, to: string, summary: string } {
	const later = (new Date().getUTCHours() + 12) % 24
	const hour = String(later).padStart(2, '0')
	return { from: `${hour}:00`, to: `${hour}:30`, summary: `Mon–Sun ${later}:00–${later}:30` }
}

describe('office hours set in the personal settings', () => {
	const browser = useBrowser()

	beforeAll(async () => {
		await resetDemo()
	})

	test('alice sets office hours that exclude now on her personal settings page: the recipient reads when she takes calls', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const hours = hoursThatExcludeNow()

		await sharer.goto(PERSONAL_SECTION)
		await sharer.getByText('Calls ring at any time.').waitFor()
		await sharer.getByRole('switch', { name: 'Only ring me in office hours' }).check({ force: true })
		for (const day of ['Saturday', 'Sunday']) {
			await sharer.getByRole('checkbox', { name: day }).check({ force: true })
		}
		await sharer.getByLabel('From', { exact: true }).fill(hours.from)
		await sharer.getByLabel('Until', { exact: true }).fill(hours.to)
		await sharer.getByRole('button', { name: 'Save' }).click()
		await sharer.getByText('Office hours saved', { exact: true }).waitFor()
		await sharer.getByText(`Calls ring ${hours.summary}.`).waitFor()
		await expectAccessible(sharer, '#video-verification-personal', 'the personal settings: office hours')

		// What the page saved is what the server keeps, and a reload shows it again
		const stored = await sharer.request.get('/ocs/v2.php/apps/video_verification/api/v1/office-hours', { headers: OCS })
		expect((await stored.json()).ocs.data).toEqual({ enabled: true, days: [1, 2, 3, 4, 5, 6, 7], from: hours.from, to: hours.to, summary: hours.summary })
		await sharer.reload()
		await sharer.getByText(`Calls ring ${hours.summary}.`).waitFor()
		expect(await sharer.getByLabel('From', { exact: true }).inputValue()).toBe(hours.from)
		expectNoConsoleErrors(sharer)

		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Carol')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		await recipient.locator(`${SIDEBAR} [data-office-hours]`).getByText(`The sharer takes calls ${hours.summary} (their time).`).waitFor()
		expect(await recipient.getByRole('button', { name: 'Call', exact: true }).count()).toBe(0)
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: preview outside office hours')
		expectNoConsoleErrors(recipient)
	})

	test('a bad time range on the page is refused before saving and nothing changes', async () => {
		const sharer = await browser.page('sharer')
		await sharer.goto(`/index.php/login?user=alice&redirect_url=${encodeURIComponent(PERSONAL_SECTION)}`)
		const before = await (await sharer.request.get('/ocs/v2.php/apps/video_verification/api/v1/office-hours', { headers: OCS })).json()
		await sharer.getByRole('switch', { name: 'Only ring me in office hours' }).check({ force: true })
		await sharer.getByLabel('From', { exact: true }).fill('18:00')
		await sharer.getByLabel('Until', { exact: true }).fill('09:00')
		await sharer.getByRole('button', { name: 'Save' }).click()

		await sharer.getByRole('alert').getByText('The end must be later than the start.').waitFor()
		const after = await (await sharer.request.get('/ocs/v2.php/apps/video_verification/api/v1/office-hours', { headers: OCS })).json()
		expect(after.ocs.data).toEqual(before.ocs.data)
		expectNoConsoleErrors(sharer)
	})

	test('hours that close while the recipient is on the preview: the call is refused with when to call, and no "Call again"', async () => {
		await resetDemo()
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share)

		const hours = hoursThatExcludeNow()
		const saved = await sharer.request.put('/ocs/v2.php/apps/video_verification/api/v1/office-hours', {
			headers: OCS,
			data: { enabled: true, days: [1, 2, 3, 4, 5, 6, 7], from: hours.from, to: hours.to },
		})
		expect(saved.status()).toBe(200)
		await recipient.getByRole('button', { name: 'Call', exact: true }).click()

		const text = await endingText(recipient, 'request-refused')
		expect(text).toContain('Not taking calls right now')
		expect(text).toContain(`The sharer takes calls ${hours.summary} (their time).`)
		expect(await recipient.getByRole('button', { name: 'Call again' }).count()).toBe(0)
		// The refused request is the 409 the page expects: the browser logs it, nothing else
		expectNoConsoleErrors(recipient, { allow: [/status of 409 .*\/api\/v1\/requests/] })
	})
})
