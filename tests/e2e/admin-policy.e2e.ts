/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { beforeAll, describe, expect, inject, test } from 'vitest'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { useOwnDemoServer } from './support/demoServer.ts'

interface DemoShare {
	id: number
	share_type: number
	file_source: number
	token: string
	has_password: boolean
	send_password_by_talk: boolean
}

const LINK = 3
const CONTRACT_FILE_ID = 101
const OCS_HEADERS = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
/** Seeded: alice's link share of "Bank statement.pdf" with a password, without verification */
const BANK_STATEMENT_SHARE_ID = 3
const REFUSAL = 'Your administrator requires Password via Talk for this share. It cannot be turned off.'

describe('an administrator requires video verification for a group', () => {
	const browser = useBrowser()

	beforeAll(async () => {
		const response = await fetch(`${inject('demoBaseUrl')}/demo/reset`, { method: 'POST' })
		expect(response.ok).toBe(true)
	})

	test('the admin chooses the group "sharers" on the admin page and saves', async () => {
		const page = await loginAs(await browser.page('sharer'), 'admin', '/index.php/settings/admin/video_verification')
		await page.getByRole('heading', { name: 'Video verification' }).waitFor()

		const required = page.locator('#video-verification-required-groups')
		await required.click()
		// the picker asks Nextcloud's provisioning API for the groups matching what was typed
		const [search] = await Promise.all([
			page.waitForResponse((response) => response.url().includes('/ocs/v2.php/cloud/groups/details') && response.url().includes('search=sharers')),
			required.fill('sharers'),
		])
		expect((await search.json()).ocs.data.groups.map((group: { id: string }) => group.id)).toEqual(['sharers'])
		await page.locator('.vs__dropdown-option', { hasText: 'sharers' }).first().waitFor()
		await page.keyboard.press('Enter')
		await page.keyboard.press('Escape')
		await page.getByRole('button', { name: 'Save' }).click()
		await page.getByText('Video verification settings saved', { exact: true }).waitFor()

		const settings = await page.request.get('/ocs/v2.php/apps/video_verification/api/v1/admin/settings', { headers: OCS_HEADERS })
		expect(settings.status()).toBe(200)
		expect((await settings.json()).ocs.data).toMatchObject({ usableBy: 'everyone', requiredGroups: ['sharers'], requestTtlMinutes: 15, grantTtlMinutes: 0, retentionDays: 365 })

		await page.reload()
		await page.locator('.video-verification-policy').getByText('sharers').first().waitFor()
		expectNoConsoleErrors(page)
	})

	test('alice, in that group, creates a link share: the server turned verification on and the dialog shows it on and locked', async () => {
		const page = await loginAs(await browser.page('sharer'), 'alice', `/index.php/apps/files/?fileid=${CONTRACT_FILE_ID}`)
		const before = new Set((await demoShares()).map((share) => share.id))

		await page.getByRole('button', { name: 'Create a new share link' }).click()
		await expect.poll(async () => (await demoShares()).filter((share) => !before.has(share.id)).length, { timeout: 10_000 }).toBe(1)
		const created = (await demoShares()).find((share) => !before.has(share.id))!
		expect(created).toMatchObject({ share_type: LINK, send_password_by_talk: true, has_password: true })

		await openShareDetails(page, created)
		const option = page.getByRole('switch', { name: 'Password via Talk' })
		await expect.poll(() => option.isChecked(), { timeout: 10_000 }).toBe(true)
		expect(await option.isDisabled()).toBe(true)
		await page.getByText('Your administrator requires this for your link and e-mail shares.').first().waitFor()

		// The recipient's side already treats it as verified: its password page offers the call
		const publicPage = await page.context().newPage()
		await publicPage.goto(`/index.php/s/${created.token}`)
		await publicPage.locator('.video-verification-request__button').waitFor()
		await publicPage.close()
		expectNoConsoleErrors(page)
	})

	test('turning it off is refused: through our API and through Nextcloud\'s own share API with 403; a share from before the policy is switched on after an update (Nextcloud 35)', async () => {
		const page = await loginAs(await browser.page('sharer'), 'alice', `/index.php/apps/files/?fileid=${CONTRACT_FILE_ID}`)
		const share = (await demoShares()).filter((s) => s.share_type === LINK && s.send_password_by_talk).at(-1)!

		const refused = await page.request.put(`/ocs/v2.php/apps/video_verification/api/v1/shares/${share.id}`, { headers: OCS_HEADERS, data: { enabled: false } })
		expect(refused.status()).toBe(403)
		expect((await refused.json()).ocs.data).toMatchObject({ error: 'required_by_policy', message: REFUSAL })
		expect((await stateOf(share.id)).send_password_by_talk).toBe(true)

		// What Nextcloud's own checkbox sends: our middleware refuses it before files_sharing runs
		const native = await page.request.put(`/ocs/v2.php/apps/files_sharing/api/v1/shares/${share.id}`, { headers: OCS_HEADERS, data: { sendPasswordByTalk: 'false' } })
		expect(native.status()).toBe(403)
		expect((await native.json()).ocs).toEqual({ meta: { status: 'failure', statuscode: 403, message: REFUSAL }, data: [] })
		expect(await stateOf(share.id)).toMatchObject({ send_password_by_talk: true, has_password: true })

		// "Bank statement.pdf" was shared with a password before the policy, without verification:
		// on Nextcloud 35 any update through files_sharing switches it on (ShareUpdatedEvent)
		expect(await stateOf(BANK_STATEMENT_SHARE_ID)).toMatchObject({ send_password_by_talk: false, has_password: true })
		const note = await page.request.put(`/ocs/v2.php/apps/files_sharing/api/v1/shares/${BANK_STATEMENT_SHARE_ID}`, { headers: OCS_HEADERS, data: { note: 'Please call me first' } })
		expect(note.status()).toBe(200)
		expect(await stateOf(BANK_STATEMENT_SHARE_ID)).toMatchObject({ send_password_by_talk: true, has_password: true })
		const settings = await page.request.get(`/ocs/v2.php/apps/video_verification/api/v1/shares/${BANK_STATEMENT_SHARE_ID}`, { headers: OCS_HEADERS })
		expect((await settings.json()).ocs.data).toMatchObject({ enabled: true, mode: 'approve' })
	})

	test('the setup checks warn that TURN is missing, in the admin overview and in the status panel', async () => {
		const page = await loginAs(await browser.page('sharer'), 'admin', '/index.php/settings/admin/overview')

		const turn = setupCheck(page, 'Video verification: STUN and TURN')
		expect(await turn.getAttribute('data-severity')).toBe('warning')
		expect(await turn.textContent()).toContain('No TURN server is configured in Talk. Calls between people behind different NATs or firewalls will fail to connect')
		expect(await setupCheck(page, 'Video verification: Nextcloud Talk').getAttribute('data-severity')).toBe('success')
		expect(await setupCheck(page, 'Video verification: Talk signaling').textContent()).toContain('internal signaling')
		expect(await setupCheck(page, 'Video verification: who may start calls').getAttribute('data-severity')).toBe('success')

		await page.getByRole('link', { name: 'Video Verification' }).click()
		const panel = page.locator('.video-verification-checks__item', { hasText: 'Video verification: STUN and TURN' })
		await panel.waitFor()
		expect(await panel.getAttribute('data-severity')).toBe('warning')
		expect(await panel.textContent()).toContain('No TURN server is configured in Talk.')
		expectNoConsoleErrors(page)
	})

	test('a user is not an admin: the admin API answers 403', async () => {
		const page = await loginAs(await browser.page('sharer'), 'alice', `/index.php/apps/files/?fileid=${CONTRACT_FILE_ID}`)

		const response = await page.request.get('/ocs/v2.php/apps/video_verification/api/v1/admin/settings', { headers: OCS_HEADERS })

		expect(response.status()).toBe(403)
	})
})

describe('on a Nextcloud 34 (no share update event), files_sharing cannot switch a required share off', () => {
	const demo = useOwnDemoServer({ name: 'nc34', nextcloud: 34 })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test('alice cannot untick the verification: the dialog shows only our locked switch, files_sharing\'s API refuses with the reason', async () => {
		const baseUrl = demo().baseUrl
		const admin = await loginAs(await browser.page('sharer'), 'admin', '/index.php/settings/admin/video_verification')
		const current = (await (await admin.request.get('/ocs/v2.php/apps/video_verification/api/v1/admin/settings', { headers: OCS_HEADERS })).json()).ocs.data
		const saved = await admin.request.put('/ocs/v2.php/apps/video_verification/api/v1/admin/settings', { headers: OCS_HEADERS, data: { ...current, requiredGroups: ['sharers'] } })
		expect(saved.status()).toBe(200)

		const page = await loginAs(await browser.page('sharer'), 'alice', `/index.php/apps/files/?fileid=${CONTRACT_FILE_ID}`)
		const before = new Set((await demoShares(baseUrl)).map((share) => share.id))
		await page.getByRole('button', { name: 'Create a new share link' }).click()
		await expect.poll(async () => (await demoShares(baseUrl)).filter((share) => !before.has(share.id)).length, { timeout: 10_000 }).toBe(1)
		const created = (await demoShares(baseUrl)).find((share) => !before.has(share.id))!
		expect(created).toMatchObject({ share_type: LINK, send_password_by_talk: true, has_password: true })

		await openShareDetails(page, created)
		// Our locked "Password via Talk" is the one control: Nextcloud's own switch for the same flag is not shown
		await expect.poll(() => page.getByRole('switch', { name: 'Password via Talk' }).isChecked()).toBe(true)
		expect(await page.getByRole('switch', { name: 'Password via Talk' }).isDisabled()).toBe(true)
		expect(await page.getByRole('checkbox', { name: 'Video verification' }).count()).toBe(0)
		// files_sharing's API as its switch would call it: refused with the reason
		const untick = await page.request.put(`/ocs/v2.php/apps/files_sharing/api/v1/shares/${created.id}`, { headers: OCS_HEADERS, data: { sendPasswordByTalk: 'false' } })
		expect(untick.status()).toBe(403)
		expect((await untick.json()).ocs.meta).toEqual({ status: 'failure', statuscode: 403, message: REFUSAL })
		expect(await stateOf(created.id, baseUrl)).toMatchObject({ send_password_by_talk: true, has_password: true })

		// files_sharing's API as the browser calls it: removing the password is refused too, a note passes
		const noPassword = await page.request.put(`/ocs/v2.php/apps/files_sharing/api/v1/shares/${created.id}`, { headers: OCS_HEADERS, data: { password: '' } })
		expect(noPassword.status()).toBe(403)
		expect((await noPassword.json()).ocs.meta).toEqual({ status: 'failure', statuscode: 403, message: REFUSAL })
		const note = await page.request.put(`/ocs/v2.php/apps/files_sharing/api/v1/shares/${created.id}`, { headers: OCS_HEADERS, data: { note: 'Call me first' } })
		expect(note.status()).toBe(200)
		expect(await stateOf(created.id, baseUrl)).toMatchObject({ send_password_by_talk: true, has_password: true })
		const settings = await page.request.get(`/ocs/v2.php/apps/video_verification/api/v1/shares/${created.id}`, { headers: OCS_HEADERS })
		expect((await settings.json()).ocs.data).toMatchObject({ enabled: true })
	})
})

describe('the setup checks without Talk', () => {
	const demo = useOwnDemoServer({ talk: false })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test('the overview and the status panel say that Talk is missing', async () => {
		const page = await loginAs(await browser.page('sharer'), 'admin', '/index.php/settings/admin/overview')

		const talk = setupCheck(page, 'Video verification: Nextcloud Talk')
		expect(await talk.getAttribute('data-severity')).toBe('error')
		expect(await talk.textContent()).toContain('Nextcloud Talk is not installed or not enabled.')
		expect(await setupCheck(page, 'Video verification: STUN and TURN').textContent()).toContain('Not checked: Nextcloud Talk is not installed.')

		await page.getByRole('link', { name: 'Video Verification' }).click()
		await page.getByText('Video verification needs Nextcloud Talk. Install and enable the Talk app.').waitFor()
		const panel = page.locator('.video-verification-checks__item', { hasText: 'Video verification: Nextcloud Talk' })
		expect(await panel.getAttribute('data-severity')).toBe('error')
		expectNoConsoleErrors(page)
	})
})

async function loginAs(page: Page, uid: string, target: string): Promise<Page> {
	await page.goto(`/index.php/login?user=${uid}&redirect_url=${encodeURIComponent(target)}`)
	return page
}

function setupCheck(page: Page, name: string) {
	return page.locator('.setup-check', { hasText: name })
}

async function demoShares(baseUrl: string = inject('demoBaseUrl')): Promise<DemoShare[]> {
	const response = await fetch(`${baseUrl}/demo/state/shares`)
	return ((await response.json()) as { shares: DemoShare[] }).shares
}

async function stateOf(id: number, baseUrl?: string): Promise<DemoShare> {
	const share = (await demoShares(baseUrl)).find((candidate) => candidate.id === id)
	if (share === undefined) {
		throw new Error(`No demo share ${id}`)
	}
	return share
}

async function openShareDetails(page: Page, share: DemoShare): Promise<void> {
	await page.goto(`/index.php/apps/files/?fileid=${share.file_source}&share=${share.id}`)
	await page.locator('[data-cy-files-sharing-details]').first().waitFor()
	const toggle = page.getByRole('button', { name: 'Advanced settings' })
	if (await toggle.getAttribute('aria-expanded') === 'false') {
		await toggle.click()
	}
	await page.getByRole('switch', { name: 'Password via Talk' }).waitFor()
}
