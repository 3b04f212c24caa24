/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { callAndWaitForRing, endingText, OCS, openPreview, openRing, passwordProtectedLinkShare, resetDemo, ROOM_DELETED, setVerification, SIDEBAR } from './support/recipientJourney.ts'

const SHARE_PASSWORD = 'Demo-password-1'
const BOM = '\u{FEFF}'

describe('an administrator exports the verification records as CSV', () => {
	const browser = useBrowser()

	test('three requests, one declined, appear in the file the admin downloads, quoted and defused (also after a separator, also full-width)', async () => {
		// Here rather than in beforeAll: a retried attempt starts from no records again.
		await resetDemo()
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)

		const carol = await createRequest(recipient, share.token!, 'Berg, "Carol"')
		const declined = await sharer.request.post(`/ocs/v2.php/apps/video_verification/api/v1/requests/${carol}/decline`, { headers: OCS })
		expect(declined.status()).toBe(200)
		// A browser session has one open request at a time: Carol's is decided, so this one stays
		const formula = await createRequest(recipient, share.token!, '=HYPERLINK("http://evil.example")')
		// A formula after a separator that a spreadsheet may split on, and a full-width one
		const outsider = await browser.page('outsider')
		await outsider.goto(`/index.php/s/${share.token}`)
		const separated = await createRequest(outsider, share.token!, 'x;=1+1;\uFF1D2+2')

		const admin = await browser.page('sharer')
		await admin.goto(`/index.php/login?user=admin&redirect_url=${encodeURIComponent('/index.php/settings/admin/video_verification')}`)
		await admin.getByRole('heading', { name: 'Verification records' }).waitFor()
		const [download] = await Promise.all([
			admin.waitForEvent('download'),
			admin.getByRole('link', { name: 'Download records (CSV)' }).click(),
		])
		expect(download.suggestedFilename()).toMatch(/^video-verification-records-\d{4}-\d{2}-\d{2}\.csv$/)
		const csv = await readFile((await download.path())!, 'utf8')

		expect(csv.startsWith(BOM)).toBe(true)
		const lines = csv.slice(BOM.length).split('\r\n')
		expect(lines[0]).toBe('request_id,share_id,file_id,file_name,requester_name,share_sent_to,status,mode,created_at,expires_at,answered_at,decided_at,decided_by,face_matches_id,id_features_checked,known_person,note,released_by,first_used_at,share_deleted_at,verified_by,id_checks_asked,id_checks_confirmed,chain_seq,record_hash')
		expect(lines.at(-1)).toBe('')
		const rows = lines.slice(1, -1)
		expect(rows).toHaveLength(3)
		expect(rows[0]).toMatch(new RegExp(`^${carol},${share.id},${share.file_source},Bank statement\\.pdf,"Berg, ""Carol""",,declined,approve,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,[^,]+,,[^,]+,alice,,,,,,,,[^,]*,,,\\d+,[0-9a-f]{64}$`))
		expect(rows[1]).toMatch(new RegExp(`^${formula},${share.id},${share.file_source},Bank statement\\.pdf,"'=HYPERLINK\\(""http://evil\\.example""\\)",,requested,approve,`))
		expect(rows[2]).toContain(`${separated},${share.id},${share.file_source},Bank statement.pdf,"x;'=1+1;'\uFF1D2+2",,requested,approve,`)
		expectNoConsoleErrors(admin)

		// The same browser context: log alice in again; the export is for administrators only.
		await sharer.goto(`/index.php/login?user=alice&redirect_url=${encodeURIComponent('/index.php/apps/files/')}`)
		const forAlice = await sharer.request.get('/index.php/apps/video_verification/admin/records.csv', { maxRedirects: 0 })
		expect(forAlice.status()).toBe(403)
	})
})

describe('the administrator\'s grant lifetime', () => {
	const browser = useBrowser()

	beforeAll(async () => {
		await resetDemo()
	})

	test('a session opened through verification loses the share after the lifetime: the password page shows again', async () => {
		const share = await passwordProtectedLinkShare()
		const admin = await browser.page('sharer')
		await admin.goto(`/index.php/login?user=admin&redirect_url=${encodeURIComponent('/index.php/settings/admin/video_verification')}`)
		const current = await admin.request.get('/ocs/v2.php/apps/video_verification/api/v1/admin/settings', { headers: OCS })
		const saved = await admin.request.put('/ocs/v2.php/apps/video_verification/api/v1/admin/settings', {
			headers: OCS,
			data: { ...(await current.json()).ocs.data, grantTtlMinutes: 1 },
		})
		expect(saved.status()).toBe(200)
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true, 'password')

		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		const created = await recipient.request.post('/ocs/v2.php/apps/video_verification/api/v1/requests', {
			headers: OCS,
			data: { shareToken: share.token, displayName: 'Carol' },
		})
		expect(created.status()).toBe(201)
		const { requestId, secret } = (await created.json()).ocs.data
		// The password is taken once Talk says alice answered the call
		await answeredThroughTalk(recipient, sharer, share.token!)
		const unlocked = await recipient.request.post(`/ocs/v2.php/apps/video_verification/api/v1/requests/${requestId}/password`, {
			headers: { ...OCS, 'X-Request-Secret': secret },
			data: { password: SHARE_PASSWORD },
		})
		expect((await unlocked.json()).ocs.data.status).toBe('used')
		const unlockedAt = Date.now()

		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.locator('#public-share-download').waitFor()

		expect(await davPropfindStatus(recipient, share.token!)).toBe(207)

		await recipient.waitForTimeout(Math.max(0, unlockedAt + 61_000 - Date.now()))
		// Past the lifetime public WebDAV refuses the browser on its own (its session is closed there)
		expect(await davPropfindStatus(recipient, share.token!)).toBe(401)
		// and the next load of the page is sent to the password page before files_sharing renders it
		await recipient.goto(`/index.php/s/${share.token}`)
		expect(recipient.url()).toContain('/authenticate/showShare')
		const download = await recipient.request.get(`/index.php/s/${share.token}/download`, { maxRedirects: 0 })
		expect(download.status()).toBe(303)
		expect(download.headers().location).toBe(`/index.php/s/${share.token}/authenticate/showShare`)
		await recipient.goto(`/index.php/s/${share.token}`)
		expect(recipient.url()).toContain('/authenticate/showShare')
		await recipient.getByRole('button', { name: 'Request password' }).waitFor()
	}, 120_000)
})

describe('no one left waiting: the recipient asks to be called back', () => {
	const browser = useBrowser()

	beforeAll(async () => {
		await resetDemo()
	})

	test('nobody answers within a minute; the recipient leaves a message; alice presses "Call back" in her notification and the recipient\'s page rings her again', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share, 'Carol Callback')
		await callAndWaitForRing(recipient)

		// Nobody answers: the sidebar's own 60 s timer ends the call (real time, as in production)
		expect(await endingText(recipient, 'no-answer', 90_000)).toContain('did not answer')
		const offer = recipient.locator(`${SIDEBAR} [data-callback]`)
		await offer.getByLabel('Message for the sharer (optional)').fill('Please call after 3 pm, "urgent"')
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: no answer, the callback offer')
		await offer.getByRole('button', { name: 'Ask to be called back' }).click()
		await offer.getByText('The sharer has been asked to call you back.').waitFor()

		await sharer.goto(`/index.php/apps/files/?fileid=${share.file_source}`)
		// The file's Sharing tab lists it too, with "Call back" while the recipient's page is open
		const asked = sharer.locator('oca_video_verification-sharing_section .video-verification-callback', { hasText: 'Carol Callback asks you to call back' })
		await asked.waitFor({ timeout: 15_000 })
		expect(await asked.locator('blockquote').textContent()).toContain('Please call after 3 pm, "urgent"')
		expect(await asked.textContent()).toContain('Their page is still open')
		await asked.getByRole('button', { name: 'Call back' }).waitFor()
		await sharer.getByRole('button', { name: /Notifications/ }).click()
		const notification = sharer.locator('.notification', { hasText: 'Carol Callback asks you to call back about Bank statement.pdf' })
		await notification.waitFor({ timeout: 30_000 })
		const text = ((await notification.textContent()) ?? '').replace(/\s+/g, ' ')
		expect(text).toContain('Their page is open')
		expect(text).toContain('They wrote: “Please call after 3 pm, "urgent"”')
		await notification.getByRole('button', { name: 'Call back' }).click()
		await notification.waitFor({ state: 'detached', timeout: 10_000 })

		// The recipient's page polls every 5 s, sees "callingBack" and calls again on its own
		await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: 30_000 })
		await sharer.reload()
		await openRing(sharer)
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
	}, 180_000)
})

describe('office hours: outside them the recipient reads when to call', () => {
	const browser = useBrowser()

	beforeAll(async () => {
		await resetDemo()
	})

	test('alice takes calls only in an hour that is not now: the recipient sees when instead of a Call button, and the server refuses the request', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const later = (new Date().getUTCHours() + 12) % 24
		const hour = String(later).padStart(2, '0')
		const saved = await sharer.request.put('/ocs/v2.php/apps/video_verification/api/v1/office-hours', {
			headers: OCS,
			data: { enabled: true, days: [1, 2, 3, 4, 5, 6, 7], from: `${hour}:00`, to: `${hour}:30` },
		})
		expect(saved.status()).toBe(200)
		const summary = `The sharer takes calls Mon–Sun ${later}:00–${later}:30 (their time).`
		expect((await saved.json()).ocs.data.summary).toBe(`Mon–Sun ${later}:00–${later}:30`)

		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Carol')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		await recipient.locator(`${SIDEBAR} [data-office-hours]`).getByText(summary).waitFor()
		expect(await recipient.getByRole('button', { name: 'Call', exact: true }).count()).toBe(0)

		const refused = await recipient.request.post('/ocs/v2.php/apps/video_verification/api/v1/requests', {
			headers: OCS,
			data: { shareToken: share.token, displayName: 'Carol' },
		})
		expect(refused.status()).toBe(409)
		expect((await refused.json()).ocs.data).toEqual({ error: 'outside_office_hours', message: summary })
		expectNoConsoleErrors(recipient)
	})
})

/**
 * Registers a verification request for the share from the recipient's browser session
 *
 * @param recipient - the recipient's page, on the share
 * @param token - the share token
 * @param displayName - the name the recipient gives
 */
async function createRequest(recipient: Page, token: string, displayName: string): Promise<string> {
	const response = await recipient.request.post('/ocs/v2.php/apps/video_verification/api/v1/requests', {
		headers: OCS,
		data: { shareToken: token, displayName },
	})
	expect(response.status(), await response.text()).toBe(201)
	return (await response.json()).ocs.data.requestId
}

/**
 * Over Talk's API, as the two pages do: the recipient's page makes the share's room and
 * joins its call, then alice joins it too
 *
 * @param recipient - the recipient's page
 * @param sharer - alice's page, logged in
 * @param shareToken - the share
 */
async function answeredThroughTalk(recipient: Page, sharer: Page, shareToken: string): Promise<void> {
	const room = await recipient.request.post('/ocs/v2.php/apps/spreed/api/v1/publicshareauth', { headers: OCS, data: { shareToken } })
	expect(room.status()).toBe(201)
	const token = (await room.json()).ocs.data.token as string
	for (const page of [recipient, sharer]) {
		expect((await page.request.post(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/participants/active`, { headers: OCS, data: { force: true } })).status()).toBe(200)
		expect((await page.request.post(`/ocs/v2.php/apps/spreed/api/v4/call/${token}`, { headers: OCS, data: { flags: 7 } })).status()).toBe(200)
	}
}

/**
 * What public WebDAV answers a PROPFIND (Depth 0) of the share from the page's browser session
 *
 * @param page - a page on the demo
 * @param token - the share's token
 */
async function davPropfindStatus(page: Page, token: string): Promise<number> {
	return page.evaluate(async (shareToken) => (await fetch(`/public.php/dav/files/${shareToken}`, { method: 'PROPFIND', headers: { Depth: '0' } })).status, token)
}
