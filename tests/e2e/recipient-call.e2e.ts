/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { beforeEach, describe, expect, test } from 'vitest'
import { activityOf, expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { bytesReceived, keepPeerConnections } from './support/peerConnections.ts'
import { answer, CALL_TIMEOUT, expectPlaying, joinFromPreview, notificationsOf, OCS, openRing, passwordProtectedLinkShare, PREVIEW_VIDEO, resetDemo, RING_TEXT, SIDEBAR } from './support/recipientJourney.ts'

/**
 * Talk deletes a video-verification room as soon as one side leaves; the other side's
 * pending signaling pull then answers 404, which is how it learns the call is over. The
 * browser logs that 404 as a console message; it is no error of the page.
 */
const ROOM_DELETED = /status of 404 .*\/ocs\/v2\.php\/apps\/spreed\/api\/v3\/signaling\//
/**
 * When the participant list shows the sharer gone before that 404 arrives, the call client
 * leaves the call of a room Talk is deleting, which answers 404 as well.
 */
const LEAVE_DELETED_ROOM = /status of 404 .*\/ocs\/v2\.php\/apps\/spreed\/api\/v4\/call\//

describe('a recipient calls the sharer and they see each other', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('request, ring, "Answer call" and "Join call" in Talk\'s device preview, video both ways, the recipient hangs up', async () => {
		const { sharer, recipient } = await callRinging()

		// "Answer call" opens Talk's device preview: alice is in the conversation, not yet in the call
		const ring = await openRing(sharer)
		await ring.getByText('Answer call').click()
		await expectPlaying(sharer, PREVIEW_VIDEO, 'alice\'s camera preview')
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.callState), { timeout: CALL_TIMEOUT }).toBe('idle')
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase]`).getAttribute('data-call-phase')).toBe('ringing')
		await joinFromPreview(sharer)

		await sharer.waitForFunction(() => document.body.dataset.callState === 'connected', null, { timeout: CALL_TIMEOUT })
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		await expectPlaying(recipient, `${SIDEBAR} [data-remote-video] video`, 'alice\'s video in the recipient\'s sidebar')
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.remoteName), { timeout: CALL_TIMEOUT }).toBe('Bob Berg')
		await expect.poll(() => liveText(recipient)).toBe('Connected')
		expect(await recipient.locator(`${SIDEBAR} [role="timer"]`).textContent()).toMatch(/^\s*\d+:\d\d\s*$/)
		// Real media both ways: each side's connection received audio and video
		for (const page of [sharer, recipient]) {
			await expect.poll(() => bytesReceived(page), { timeout: 10_000 }).toEqual({ audio: true, video: true })
		}
		// Answered, the notification leads back to the call where "Answer call" was: Approve and
		// Decline keep their places, so a click while the panel refreshes decides nothing by mistake
		await sharer.getByRole('button', { name: /Notifications/ }).click()
		const refreshed = sharer.locator('.notification[data-app="video_verification"]', { hasText: RING_TEXT, has: sharer.getByText('Back to call', { exact: true }) })
		await refreshed.waitFor({ timeout: CALL_TIMEOUT })
		expect((await refreshed.locator('.notification-actions > *').allTextContents()).map((label) => label.trim()))
			.toEqual(['Back to call', 'Approve', 'Decline', 'Ask for ID document'])

		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()

		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		await expect.poll(() => liveText(recipient)).toBe('Call ended You hung up.')
		await sharer.waitForFunction(() => document.body.dataset.callState === 'ended', null, { timeout: CALL_TIMEOUT })
		// The camera is off once the call ended
		expect(await recipient.locator(`${SIDEBAR} video`).count()).toBe(0)
		await recipient.getByRole('button', { name: 'Close', exact: true }).last().click()
		expect(await recipient.locator(SIDEBAR).count()).toBe(0)
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
		expectNoConsoleErrors(recipient)
	})

	test('the sharer hangs up: the recipient is told so in plain words', async () => {
		const { sharer, recipient } = await callRinging()
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })

		await sharer.getByRole('button', { name: 'Leave call' }).click()

		await recipient.locator(`${SIDEBAR} [data-ending="remote-hangup"]`).waitFor({ timeout: CALL_TIMEOUT })
		expect(await recipient.locator(SIDEBAR).textContent()).toContain('The person who shared this file hung up.')
		await recipient.getByRole('button', { name: 'Call again' }).waitFor()
		expectNoConsoleErrors(sharer)
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED, LEAVE_DELETED_ROOM] })
	})

	test('hanging up while it rings withdraws the request and leaves Talk\'s room; the one notification of the call goes with it', async () => {
		const { sharer, recipient } = await callRinging()
		// One notification for the call: ours, with the caller's name, the code, "Answer call", Approve and Decline
		const ring = await openRing(sharer)
		expect(await sharer.locator('.notification').count()).toBe(1)
		for (const action of ['Answer call', 'Approve', 'Decline']) {
			await ring.getByText(action, { exact: true }).waitFor()
		}
		expect(await sharerNotifications(sharer)).toEqual(['video_verification'])

		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()

		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		await expect.poll(() => answered(recipient, 'DELETE', /\/ocs\/v2\.php\/apps\/video_verification\/api\/v1\/requests\/[A-Za-z0-9]+$/)).toBe(200)
		await expect.poll(() => answered(recipient, 'DELETE', /\/ocs\/v2\.php\/apps\/spreed\/api\/v4\/room\/[^/]+\/participants\/active$/)).toBe(200)
		await expect.poll(() => sharerNotifications(sharer), { timeout: CALL_TIMEOUT }).toEqual([])
		await sharer.locator('.notification').first().waitFor({ state: 'detached', timeout: CALL_TIMEOUT })
		expectNoConsoleErrors(recipient)
	})

	test('"Answer call" never shows a "Join call" that vanishes a moment later, however slowly Talk\'s script loads', async () => {
		const { sharer, recipient } = await callRinging()
		// Hold Talk's script: what the page shows before it runs is what a slow load shows
		let release = (): void => {}
		const held = new Promise<void>((resolve) => {
			release = resolve
		})
		await sharer.route('**/demo/build/talk-call.mjs', async (route) => {
			await held
			await route.continue()
		})

		const ring = await openRing(sharer)
		await ring.getByText('Answer call').click()
		await sharer.waitForURL(/\/index\.php\/call\/[^/#]+#direct-call$/, { waitUntil: 'commit' })
		await sharer.locator('.talk-call__preview').waitFor({ state: 'attached' })
		expect(await sharer.getByRole('button', { name: 'Join call' }).count()).toBe(0)

		release()
		await joinFromPreview(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		// Without "Answer call" (a link to the conversation), Talk offers "Join call" once it runs
		expect(await sharer.locator('.talk-call__join').isHidden()).toBe(true)
		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
	})

	/** Alice turns verification on; the recipient opens the link, names themselves, checks the camera and calls */
	async function callRinging(): Promise<{ sharer: Page, recipient: Page }> {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await sharer.addInitScript(keepPeerConnections)
		await sharer.goto(`/index.php/login?user=alice&redirect_url=${encodeURIComponent(`/index.php/apps/files/?fileid=${share.file_source}`)}`)
		const update = await sharer.request.put(`/ocs/v2.php/apps/video_verification/api/v1/shares/${share.id}`, {
			headers: OCS,
			data: { enabled: true, mode: 'approve' },
		})
		expect(update.status()).toBe(200)

		const recipient = await browser.page('recipient')
		await recipient.addInitScript(keepPeerConnections)
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Bob Berg')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview')
		expect(await recipient.getByLabel('Camera', { exact: true }).count()).toBe(1)
		expect(await recipient.getByLabel('Microphone', { exact: true }).count()).toBe(1)

		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expect.poll(() => liveText(recipient)).toBe('Ringing…')
		return { sharer, recipient }
	}
})

/**
 * The status of the page's last request that matches, or null
 *
 * @param page - the page
 * @param method - HTTP method
 * @param path - pattern of the URL path
 */
function answered(page: Page, method: string, path: RegExp): number | null {
	const response = activityOf(page).responses.filter((candidate) => candidate.method === method && path.test(new URL(candidate.url).pathname)).at(-1)
	return response?.status ?? null
}

/**
 * What the sidebar last told screen readers
 *
 * @param page - the recipient's page
 */
async function liveText(page: Page): Promise<string> {
	return ((await page.locator(`${SIDEBAR} > [role="status"][aria-live="polite"]`).textContent()) ?? '').trim()
}

/**
 * The apps of alice's notifications, as the notifications app lists them
 *
 * @param sharer - alice's page (its cookies)
 */
async function sharerNotifications(sharer: Page): Promise<string[]> {
	return (await notificationsOf(sharer)).map((notification) => notification.app)
}
