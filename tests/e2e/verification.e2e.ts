/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'
import type { DemoShare } from './support/recipientJourney.ts'

import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { beforeEach, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { activityOf, expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import {
	answer,
	CALL_TIMEOUT,
	callAndWaitForRing,
	openAnsweredNotification,
	openPreview,
	passwordProtectedLinkShare,
	resetDemo,
	ROOM_DELETED,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/** The seed's password of the link share (tests/demo/server/src/Storage/DemoSeed.php) */
const SHARE_PASSWORD = 'Demo-password-1'
/** The seed's bytes of Bank statement.pdf (DemoSeed::seed) */
const SHARED_FILE_BYTES = '%PDF-1.4\n% demo file of the Video Verification demo host\n%%EOF\n'
/** Talk deletes the room once one side leaves; the other side's requests then answer 404 */
const TALK_GONE = /status of 404 .*\/ocs\/v2\.php\/apps\/spreed\//
/** The outsider's own WebDAV tries are refused on purpose (the browser logs them) */
const DAV_REFUSED = /status of 401 .*\/public\.php\/dav\/files\//
/** A wrong password is answered 403 on purpose (and the browser logs it) */
const WRONG_PASSWORD = /status of 403 .*\/apps\/video_verification\/api\/v1\/requests\/[A-Za-z0-9]+\/password/

describe('the sharer sees the recipient, then releases the file', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('approve from the notification: the recipient sees the file without a password; the link alone still asks for one', async () => {
		const { share, sharer, recipient } = await callAnswered('approve')
		const code = await readBackCode(recipient)

		const notification = await openAnsweredNotification(sharer)
		expect(await notification.textContent()).toContain(`Read-back code: ${code}`)
		await notification.getByRole('button', { name: 'Approve' }).click()
		await notification.waitFor({ state: 'detached' })

		await expectFileShown(recipient, share)
		await expectConversationGone(sharer)
		expect(await recipient.locator('input[type="password"]').count()).toBe(0)

		// As on Nextcloud 33/34 the page lists the share over public WebDAV, which accepts the
		// session because the unlock appended the share to its 'public_link_authenticated' list
		await expectListedOverPublicWebDav(recipient, share)
		const [download] = await Promise.all([
			recipient.waitForEvent('download'),
			recipient.getByRole('link', { name: 'Download', exact: true }).click(),
		])
		expect(download.suggestedFilename()).toBe('Bank statement.pdf')
		expect(await readFile(await download.path())).toEqual(Buffer.from(SHARED_FILE_BYTES))
		expect(new URL(download.url()).pathname).toBe(`/public.php/dav/files/${share.token}`)

		// Somebody who has only the link (forwarded, overheard) gets the password page, and
		// public WebDAV refuses their browser
		const outsider = await browser.page('outsider')
		await outsider.goto(`/index.php/s/${share.token}`)
		await outsider.locator('#public-share-auth-password').waitFor()
		expect(await outsider.locator('#files-public-content').count()).toBe(0)
		expect(await davStatus(outsider, share, 'PROPFIND')).toBe(401)
		expect(await davStatus(outsider, share, 'GET')).toBe(401)

		const records = await fileRecords(sharer, share)
		expect(records[0]).toMatchObject({ status: 'used', releasedBy: 'approve', decidedBy: 'alice', requesterName: 'Bob Berg', code })
		expect(records[0]?.answeredAt).not.toBeNull()
		expect(records[0]?.firstUsedAt).not.toBeNull()
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE] })
		expectNoConsoleErrors(sharer, { allow: [TALK_GONE, ROOM_DELETED] })
		expectNoConsoleErrors(outsider, { allow: [DAV_REFUSED] })
	})

	test('approve from the Sharing tab\'s section with the checklist', async () => {
		const { share, sharer, recipient } = await callAnswered('approve')
		const code = await readBackCode(recipient)

		// Alice keeps the call open and looks at the file's Sharing tab in another tab
		const files = await sharer.context().newPage()
		await files.goto(`/index.php/apps/files/?fileid=${share.file_source}`)
		const section = files.locator('oca_video_verification-sharing_section')
		const open = section.locator('.video-verification-record--open', { hasText: 'Bob Berg' })
		await open.waitFor({ timeout: CALL_TIMEOUT })
		expect(await open.locator('[data-code]').textContent()).toBe(code)
		await expectAccessible(files, 'oca_video_verification-sharing_section', 'the Sharing-tab section with an open request')

		await open.getByRole('button', { name: 'Approve' }).click()
		const dialog = files.getByRole('dialog')
		await dialog.getByText('The face matches the photo ID').click()
		await dialog.getByText('I checked the ID\'s security features').click()
		await dialog.getByLabel('Note (optional)').fill('Passport, expires 2030')
		await expectAccessible(files, '[role="dialog"]', 'the approval dialog with its checklist')
		await dialog.getByRole('button', { name: 'Confirm approval' }).click()
		await dialog.waitFor({ state: 'detached' })

		await expectFileShown(recipient, share)
		const past = section.locator('.video-verification-record', { hasText: 'Approved by' })
		await past.waitFor({ timeout: CALL_TIMEOUT })
		expect(await past.locator('.video-verification-record__verdict').textContent()).toContain('Verified — Bob Berg can open Bank statement.pdf')
		await expect.poll(() => past.textContent(), { timeout: CALL_TIMEOUT }).toContain('First opened at')
		expect(await past.textContent()).toContain('Checked: face matches the photo ID, ID security features checked')
		expect(await past.textContent()).toContain('Note: Passport, expires 2030')
		await expectAccessible(files, 'oca_video_verification-sharing_section', 'the Sharing-tab section with a past record')
		expect((await fileRecords(sharer, share))[0]).toMatchObject({
			status: 'used',
			checklist: { faceMatchesId: true, idFeaturesChecked: true, knownPerson: false, note: 'Passport, expires 2030' },
		})

		// The finished record's certificate of verification: a PDF with the recipient and the checks
		const link = past.getByRole('link', { name: 'Certificate of verification for Bob Berg (PDF)' })
		const [certificate] = await Promise.all([files.waitForEvent('download'), link.click()])
		expect(certificate.suggestedFilename()).toMatch(/^verification-[A-Za-z0-9]{32}\.pdf$/)
		const pdf = await readFile(await certificate.path())
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
		const text = pdfText(pdf)
		expect(text).toContain('Certificate of verification')
		expect(text).toContain('File: Bank statement.pdf')
		expect(text).toContain('Requested by: Bob Berg')
		expect(text).toContain('Outcome: approved by Alice Adams (alice)')
		expect(text).toContain('Face matches the photo ID: yes')
		expect(text).toContain('Note: Passport, expires 2030')
		expect(text).toMatch(/Record hash \(SHA-256, place \d+ in the record chain\): [0-9a-f]{64} /)
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE] })
		expectNoConsoleErrors(files)
	})

	test('password mode: a wrong password keeps the call going, the right one opens the file', async () => {
		const { share, sharer, recipient } = await callAnswered('password')
		const field = recipient.locator(`${SIDEBAR} .video-verification-code__password input[type="password"]`)

		await field.fill('not-the-password')
		await recipient.getByRole('button', { name: 'Open the file' }).click()
		await recipient.getByText('This password is not correct.').waitFor()
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: call in password mode, after a wrong password')
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).count()).toBe(1)
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.callState)).toBe('connected')

		await field.fill(SHARE_PASSWORD)
		await recipient.getByRole('button', { name: 'Open the file' }).click()

		await expectFileShown(recipient, share)
		expect((await fileRecords(sharer, share))[0]).toMatchObject({ status: 'used', releasedBy: 'password', mode: 'password' })
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE, WRONG_PASSWORD] })
	})

	test('decline from the notification: the recipient is told and the call ends', async () => {
		const { share, sharer, recipient } = await callAnswered('approve')

		const notification = await openAnsweredNotification(sharer)
		await notification.getByRole('button', { name: 'Decline' }).click()
		await notification.waitFor({ state: 'detached' })

		const ending = recipient.locator(`${SIDEBAR} [data-ending="declined"]`)
		await ending.waitFor({ timeout: CALL_TIMEOUT })
		expect(await ending.textContent()).toContain('The sharer declined the request')
		expect(await recipient.getByRole('button', { name: 'Call again' }).count()).toBe(0)
		await expectConversationGone(sharer)

		await recipient.reload()
		await recipient.locator('#public-share-auth-password').waitFor()
		expect((await fileRecords(sharer, share))[0]).toMatchObject({ status: 'declined', decidedBy: 'alice', releasedBy: null })
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE] })
	})

	test('alice revokes the recipient\'s access in the Sharing tab: the reload shows the password page and public WebDAV answers 401', async () => {
		const { share, sharer, recipient } = await callAnswered('approve')
		await readBackCode(recipient)
		const notification = await openAnsweredNotification(sharer)
		await notification.getByRole('button', { name: 'Approve' }).click()
		await notification.waitFor({ state: 'detached' })
		await expectFileShown(recipient, share)
		await expectListedOverPublicWebDav(recipient, share)
		const [download] = await Promise.all([
			recipient.waitForEvent('download'),
			recipient.getByRole('link', { name: 'Download', exact: true }).click(),
		])
		expect(await readFile(await download.path())).toEqual(Buffer.from(SHARED_FILE_BYTES))

		// The file's Sharing tab lists who holds access through a verified browser
		const files = await sharer.context().newPage()
		await files.goto(`/index.php/apps/files/?fileid=${share.file_source}`)
		const grant = files.locator('oca_video_verification-sharing_section .video-verification-grant', { hasText: 'Bob Berg' })
		await grant.waitFor({ timeout: CALL_TIMEOUT })
		expect(await grant.textContent()).toMatch(/verified .+ by .+ — last opened .+/)
		await expectAccessible(files, 'oca_video_verification-sharing_section', 'the Sharing-tab section with an active grant')
		await grant.getByRole('button', { name: 'Revoke access of Bob Berg' }).click()
		await grant.waitFor({ state: 'detached' })

		// Public WebDAV refuses the browser at once; its next load of the page asks for the password
		expect(await davStatus(recipient, share, 'PROPFIND')).toBe(401)
		await recipient.reload()
		await recipient.locator('#public-share-auth-password').waitFor()
		expect(new URL(recipient.url()).pathname).toBe(`/index.php/s/${share.token}/authenticate/showShare`)
		expect(await recipient.locator('#files-public-content').count()).toBe(0)
		expect(await davStatus(recipient, share, 'GET')).toBe(401)
		const downloadAgain = await recipient.request.get(`/index.php/s/${share.token}/download`, { maxRedirects: 0 })
		expect(downloadAgain.status()).toBe(303)
		expect(downloadAgain.headers().location).toBe(`/index.php/s/${share.token}/authenticate/showShare`)
		expectNoConsoleErrors(recipient, { allow: [TALK_GONE, DAV_REFUSED] })
		expectNoConsoleErrors(files)
	})

	/**
	 * Alice turns verification on; the recipient calls; alice answers; both are in the call
	 *
	 * @param mode - how the file is released
	 */
	async function callAnswered(mode: 'approve' | 'password'): Promise<{ share: DemoShare, sharer: Page, recipient: Page }> {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true, mode)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		return { share, sharer, recipient }
	}
})

/**
 * After the decision the recipient leaves Talk's room and Talk deletes it: alice's call view
 * turns into Talk's "The conversation does not exist" (no dead call, no "Leave call"), and
 * neither the request's notification nor Talk's call notification stays in her panel
 *
 * @param sharer - alice's call page
 */
async function expectConversationGone(sharer: Page): Promise<void> {
	await sharer.getByRole('heading', { name: 'The conversation does not exist' }).waitFor({ timeout: CALL_TIMEOUT })
	expect(new URL(sharer.url()).pathname).toBe('/index.php/apps/spreed/not-found')
	expect(await sharer.getByRole('button', { name: 'Leave call' }).count()).toBe(0)
	expect(await sharer.locator('video').count()).toBe(0)
	await expectAccessible(sharer, '#content', 'Talk\'s view of a deleted conversation')
	const left = await sharer.request.get('/ocs/v2.php/apps/notifications/api/v2/notifications', {
		headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
	})
	expect(left.status() === 204 ? [] : ((await left.json()) as { ocs: { data: unknown[] } }).ocs.data).toEqual([])
	// The open panel catches up by itself
	const panel = sharer.locator('.notification')
	await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(0)
	// And a reload of the page Talk sent her to shows the same
	await sharer.reload()
	await sharer.getByRole('heading', { name: 'The conversation does not exist' }).waitFor()
}

/**
 * The code the recipient's sidebar shows during the call
 *
 * @param recipient - the recipient's page
 */
async function readBackCode(recipient: Page): Promise<string> {
	const code = recipient.locator(`${SIDEBAR} [data-read-back-code]`)
	await code.waitFor()
	const text = ((await code.textContent()) ?? '').trim()
	expect(text).toMatch(/^\d{3} \d{3}$/)
	return text
}

/**
 * The recipient's page turned into the share page showing the file
 *
 * @param recipient - the recipient's page
 * @param share - the share
 */
async function expectFileShown(recipient: Page, share: DemoShare): Promise<void> {
	await recipient.locator('#files-public-content .public-share__name').waitFor({ timeout: CALL_TIMEOUT })
	expect(new URL(recipient.url()).pathname).toBe(`/index.php/s/${share.token}`)
	expect(await recipient.locator('#files-public-content .public-share__name').textContent()).toBe('Bank statement.pdf')
}

/**
 * The share page's file list, filled from a 207 answer of public WebDAV
 *
 * @param recipient - the recipient's page
 * @param share - the share
 */
async function expectListedOverPublicWebDav(recipient: Page, share: DemoShare): Promise<void> {
	const list = recipient.locator('#public-share-files[data-state="loaded"]')
	await list.waitFor({ timeout: CALL_TIMEOUT })
	expect(await list.locator('.public-share-files__entry a').textContent()).toBe('Bank statement.pdf')
	expect(activityOf(recipient).responses).toContainEqual({ method: 'PROPFIND', url: expect.stringMatching(new RegExp(`/public\\.php/dav/files/${share.token}$`)), status: 207 })
}

/**
 * What public WebDAV answers the page's browser session for the share
 *
 * @param page - a page on the demo
 * @param share - the share
 * @param method - PROPFIND (Depth 0) or GET
 */
async function davStatus(page: Page, share: DemoShare, method: 'PROPFIND' | 'GET'): Promise<number> {
	return page.evaluate(async ({ token, method }) => {
		const response = await fetch(`/public.php/dav/files/${token}`, { method, headers: method === 'PROPFIND' ? { Depth: '0' } : {} })
		return response.status
	}, { token: share.token, method })
}

/**
 * The text of a PDF as pdftotext (Debian's poppler-utils, installed by the Makefile) reads
 * it, its line breaks and runs of spaces as single spaces
 *
 * @param pdf - the document
 */
function pdfText(pdf: Buffer): string {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ')
}

/**
 * The verification records of the share's file, newest first, as alice reads them
 *
 * @param sharer - alice's page
 * @param share - the share
 */
async function fileRecords(sharer: Page, share: DemoShare): Promise<Record<string, unknown>[]> {
	const response = await sharer.request.get(`/ocs/v2.php/apps/video_verification/api/v1/files/${share.file_source}/requests`, {
		headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
	})
	expect(response.status()).toBe(200)
	return ((await response.json()) as { ocs: { data: Record<string, unknown>[] } }).ocs.data
}
