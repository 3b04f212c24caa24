/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'
import type { CallTrace } from './callTrace.ts'

import { expect, inject } from 'vitest'
import { expectAccessible } from './axe.ts'
import { expectNoConsoleErrors } from './browser.ts'

/** The steps of the recipient's journey that several journey files share. */

export interface DemoShare {
	id: number
	token: string | null
	share_type: number
	file_source: number
	has_password: boolean
}

export const OCS = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
export const SIDEBAR = '#video-verification-sidebar'
export const REMOTE_VIDEO = `${SIDEBAR} [data-remote-video] video`
export const PREVIEW_VIDEO = '.talk-call__preview-video'
/** Long poll, ICE and the notification poll (every 5 s) all take their time */
export const CALL_TIMEOUT = 30_000
/** The other side left and Talk deleted the room: the request in flight answers 404 (see recipient-call.e2e.ts). */
export const ROOM_DELETED = /status of 404 .*\/ocs\/v2\.php\/apps\/spreed\/api\/v[34]\//
export const JOIN_CALL = /\/ocs\/v2\.php\/apps\/spreed\/api\/v4\/call\/[^/?]+$/
/** Our notification: the recipient joins Talk's call silently, so it is the only ring */
export const RING_TEXT = 'asks to open Bank statement.pdf'
/** The request's notification for alice when Bob Berg (openPreview's default caller) calls */
export const REQUEST_TEXT = `Bob Berg ${RING_TEXT}`

/**
 * Restore the demo data. The demo host's reset can race with a request of a page that
 * just closed (another php -S worker opens the database while it is being replaced, once
 * seen in 10 back-to-back calls): the seed is checked and the reset repeated once if it is
 * missing.
 */
export async function resetDemo(): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		const response = await fetch(`${inject('demoBaseUrl')}/demo/reset`, { method: 'POST' })
		if (!response.ok && attempt < 2) {
			// The same race can make the reset itself fail (e.g. "no such table" while the
			// other process recreates the file).
			console.warn(`/demo/reset answered ${response.status} (a race with a request still running); resetting again`)
			await new Promise((resolve) => setTimeout(resolve, 500))
			continue
		}
		expect(response.ok, `/demo/reset answered ${response.status}: ${await response.clone().text()}`).toBe(true)
		const seeded = await passwordProtectedLinkShare().then(() => true, () => false)
		if (seeded) {
			return
		}
		if (attempt === 2) {
			throw new Error('The demo data is still not seeded after two resets')
		}
		console.warn('/demo/reset left no seed (a race with a request still running); resetting again')
		await new Promise((resolve) => setTimeout(resolve, 500))
	}
}

/**
 * The seeded password-protected link share
 *
 * @param baseUrl - the demo host (a journey that starts its own passes it)
 */
export async function passwordProtectedLinkShare(baseUrl: string = inject('demoBaseUrl')): Promise<DemoShare> {
	const response = await fetch(`${baseUrl}/demo/state/shares`)
	const { shares } = (await response.json()) as { shares: DemoShare[] }
	const share = shares.find((s) => s.share_type === 3 && s.has_password)
	if (share === undefined) {
		throw new Error('The demo seed has no password-protected link share')
	}
	return share
}

/**
 * Alice logs in on her Files page and turns verification on (or off) for the share
 *
 * @param sharer - alice's page
 * @param share - her share
 * @param enabled - on or off
 * @param mode - how the file is released: the sharer approves, or tells the password
 */
export async function setVerification(sharer: Page, share: DemoShare, enabled: boolean, mode: 'approve' | 'password' = 'approve'): Promise<void> {
	if (!sharer.url().includes('/index.php/apps/files/')) {
		await sharer.goto(`/index.php/login?user=alice&redirect_url=${encodeURIComponent(`/index.php/apps/files/?fileid=${share.file_source}`)}`)
	}
	const update = await sharer.request.put(`/ocs/v2.php/apps/video_verification/api/v1/shares/${share.id}`, {
		headers: OCS,
		data: enabled ? { enabled: true, mode } : { enabled: false },
	})
	expect(update.status()).toBe(200)
}

/**
 * The recipient opens the link, names themselves and waits for the camera preview
 *
 * @param recipient - the recipient's page
 * @param share - the share
 * @param name - what they type as their name
 */
export async function openPreview(recipient: Page, share: DemoShare, name = 'Bob Berg'): Promise<void> {
	await recipient.goto(`/index.php/s/${share.token}`)
	await recipient.getByRole('button', { name: 'Request password' }).click()
	await recipient.getByLabel('Your name').fill(name)
	await recipient.getByRole('button', { name: 'Continue' }).click()
	await expectPlaying(recipient, `${SIDEBAR} video`, 'the camera preview')
}

/**
 * Click "Call" and wait until the sidebar says it rings
 *
 * @param recipient - the recipient's page, on the preview
 */
export async function callAndWaitForRing(recipient: Page): Promise<void> {
	await recipient.getByRole('button', { name: 'Call', exact: true }).click()
	await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: CALL_TIMEOUT })
}

/**
 * Alice opens her notifications and sees the ring: our notification once it carries "Answer
 * call" (the call rings)
 *
 * @param sharer - alice's page
 */
export async function openRing(sharer: Page): Promise<ReturnType<Page['locator']>> {
	const ring = sharer.locator('.notification[data-app="video_verification"]', { hasText: RING_TEXT, has: sharer.getByText('Answer call', { exact: true }) })
	await sharer.getByRole('button', { name: /Notifications/ }).click()
	await ring.waitFor({ timeout: CALL_TIMEOUT })
	return ring
}

/**
 * Alice opens her notifications once the call was answered and finds the request: it has
 * come again with "Back to call" in place of "Answer call", and she acts on that one, not on
 * buttons that are being replaced.
 *
 * @param sharer - alice's page
 */
export async function openAnsweredNotification(sharer: Page): Promise<ReturnType<Page['locator']>> {
	const notification = sharer.locator('.notification[data-app="video_verification"]', { hasText: REQUEST_TEXT })
	await sharer.getByRole('button', { name: /Notifications/ }).click()
	await notification.waitFor({ timeout: CALL_TIMEOUT })
	await notification.getByText('Answer call', { exact: true }).waitFor({ state: 'detached', timeout: CALL_TIMEOUT })
	return notification
}

/**
 * Alice approves from her notifications once the call was answered
 *
 * @param sharer - alice's page
 */
export async function approveFromNotification(sharer: Page): Promise<void> {
	const notification = await openAnsweredNotification(sharer)
	await notification.getByRole('button', { name: 'Approve' }).click()
	await notification.waitFor({ state: 'detached' })
}

/**
 * From now on the page notes when its first click on a link or button with this text happens:
 * the event's own time, kept in sessionStorage across a navigation the click starts (Playwright's
 * click first spends its own time on actionability checks, which is no part of the journey).
 * Read it with clickedAt.
 *
 * @param page - the page, before the click
 * @param label - the text of the link or button
 */
async function noteClick(page: Page, label: string): Promise<void> {
	await page.evaluate((text) => {
		const key = `vvClickAt:${text}`
		sessionStorage.removeItem(key)
		document.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a, button')?.textContent?.trim() === text && sessionStorage.getItem(key) === null) {
				sessionStorage.setItem(key, String(performance.timeOrigin + event.timeStamp))
			}
		}, { capture: true })
	}, label)
}

/**
 * When the click noteClick watched for happened (wall clock, ms)
 *
 * @param page - the page, after the click
 * @param label - the text noteClick was given
 */
async function clickedAt(page: Page, label: string): Promise<number> {
	const at = await page.evaluate((text) => sessionStorage.getItem(`vvClickAt:${text}`), label)
	if (at === null) {
		throw new Error(`The page did not note a click on "${label}"`)
	}
	return Math.round(Number(at))
}

/**
 * From now on, note when the recipient's page presents the first frame of the remote video
 * (requestVideoFrameCallback, wall clock); read it with firstRemoteFrameAt. The page is looked
 * at every 20 ms only until the video has its stream: a tighter loop during the connection
 * slows the connection it measures.
 *
 * @param recipient - the recipient's page, before the sharer answers
 */
export async function watchFirstRemoteFrame(recipient: Page): Promise<void> {
	await recipient.evaluate((selector) => {
		const state = window as unknown as { vvFirstFrameAt: number | null }
		state.vvFirstFrameAt = null
		const watch = (): void => {
			const video = document.querySelector<HTMLVideoElement>(selector)
			if (video?.srcObject) {
				video.requestVideoFrameCallback(() => {
					state.vvFirstFrameAt ??= Date.now()
				})
				return
			}
			setTimeout(watch, 20)
		}
		watch()
	}, REMOTE_VIDEO)
}

/**
 * When the recipient's page presented the remote video's first frame (wall clock, ms)
 *
 * @param recipient - the page watchFirstRemoteFrame was called on
 */
export async function firstRemoteFrameAt(recipient: Page): Promise<number> {
	const frame = await recipient.waitForFunction(() => (window as unknown as { vvFirstFrameAt: number | null }).vvFirstFrameAt, null, { timeout: CALL_TIMEOUT, polling: 50 })
	return await frame.jsonValue() as number
}

/**
 * Alice opens her notifications, sees the ring and answers it: "Answer call", then "Join call"
 * in Talk's device preview
 *
 * @param sharer - alice's page
 */
export async function answer(sharer: Page): Promise<void> {
	const ring = await openRing(sharer)
	await ring.getByText('Answer call').click()
	await sharer.waitForURL(/\/index\.php\/call\/[^/#]+#direct-call$/)
	await joinFromPreview(sharer)
}

/**
 * In Talk's device preview, which "Answer call" opens: once alice sees her camera and the
 * button can be used, she clicks "Join call". Returns when she clicked (the click event's own
 * time, wall clock, ms): that click is her answer.
 *
 * @param sharer - alice's call page, its preview opening
 */
export async function joinFromPreview(sharer: Page): Promise<number> {
	await expectPlaying(sharer, PREVIEW_VIDEO, 'alice\'s camera preview')
	await noteClick(sharer, 'Join call')
	await sharer.locator('.talk-call__preview').getByRole('button', { name: 'Join call' }).click({ timeout: CALL_TIMEOUT })
	return await clickedAt(sharer, 'Join call')
}

/** How long alice's answer takes to reach the recipient as video (wall clock, ms) */
export interface AnswerTiming {
	/** her click on "Answer call" → her answer: "Join call" in the device preview, clicked as soon as it shows her camera and can be used (0 without the preview) */
	toAnswerMs: number
	/** her answer → the recipient's first presented frame of her video */
	fromAnswerMs: number
	/** her call page's join-call request → that frame */
	fromJoinMs: number
}

/**
 * Alice answers the ring from her notifications: "Answer call", then "Join call" in Talk's
 * device preview as soon as it is ready, or, with VV_DEVICE_PREVIEW=off (Talk's "Always show
 * the device preview" turned off), "Answer call" alone. Resolves with the times once the
 * recipient presents her first frame.
 *
 * @param sharer - alice's page
 * @param recipient - the recipient's page, ringing
 * @param trace - notes the clicks and the first frame (VV_CALL_TRACE=all)
 */
export async function answerAndTimeFirstFrame(sharer: Page, recipient: Page, trace?: CallTrace): Promise<AnswerTiming> {
	const devicePreview = process.env.VV_DEVICE_PREVIEW !== 'off'
	await sharer.evaluate((on) => on ? localStorage.removeItem('showMediaSettings') : localStorage.setItem('showMediaSettings', 'false'), devicePreview)
	await watchFirstRemoteFrame(recipient)
	let joinedAt = 0
	sharer.on('request', (request) => {
		if (joinedAt === 0 && request.method() === 'POST' && JOIN_CALL.test(new URL(request.url()).pathname)) {
			joinedAt = Date.now()
		}
	})
	const ring = await openRing(sharer)
	await noteClick(sharer, 'Answer call')
	await ring.getByText('Answer call').click()
	const joinClickedAt = devicePreview ? await joinFromPreview(sharer) : undefined
	const firstFrameAt = await firstRemoteFrameAt(recipient)
	const answerClickedAt = await clickedAt(sharer, 'Answer call')
	const answeredAt = joinClickedAt ?? answerClickedAt
	trace?.note('alice', 'clicked "Answer call"', answerClickedAt)
	if (joinClickedAt !== undefined) {
		trace?.note('alice', 'clicked "Join call" in the device preview', joinClickedAt)
	}
	trace?.note('recipient', 'first remote video frame (requestVideoFrameCallback)', firstFrameAt)
	return { toAnswerMs: answeredAt - answerClickedAt, fromAnswerMs: firstFrameAt - answeredAt, fromJoinMs: firstFrameAt - joinedAt }
}

/**
 * Wait until a video element shows decoded frames that keep coming
 *
 * @param page - the page
 * @param selector - the video element
 * @param what - for the error message
 */
export async function expectPlaying(page: Page, selector: string, what: string): Promise<void> {
	try {
		await page.waitForFunction((css) => {
			const video = document.querySelector<HTMLVideoElement>(css)
			return video !== null && video.videoWidth > 0 && video.currentTime > 0
		}, selector, { timeout: CALL_TIMEOUT })
		const before = await page.evaluate((css) => document.querySelector<HTMLVideoElement>(css)!.currentTime, selector)
		await page.waitForFunction(([css, start]) => document.querySelector<HTMLVideoElement>(css as string)!.currentTime > (start as number), [selector, before] as const, { timeout: 10_000 })
	} catch {
		throw new Error(`${what} did not play on ${page.url()}`)
	}
}

/**
 * The text of the sidebar's ending, once it shows the given one
 *
 * @param recipient - the recipient's page
 * @param reason - `data-ending` of the ended step
 * @param timeout - how long to wait
 */
export async function endingText(recipient: Page, reason: string, timeout = CALL_TIMEOUT): Promise<string> {
	const ending = recipient.locator(`${SIDEBAR} [data-ending="${reason}"]`)
	await ending.waitFor({ timeout })
	// Every ending the recipient can meet is also checked for accessibility where it is read
	await expectAccessible(recipient, SIDEBAR, `the sidebar: ending "${reason}"`)
	return ((await ending.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * The recipient hangs up, and both pages close once the sidebar shows the call's ending.
 *
 * @param recipient - the recipient's page
 * @param sharer - alice's page in the call
 * @param options.expectClean - also that the ending is the hang-up's, that alice's Talk ends the
 *        call, and that neither page logged an error but the deleted room's
 */
export async function hangUp(recipient: Page, sharer: Page, { expectClean = false }: { expectClean?: boolean } = {}): Promise<void> {
	await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
	await recipient.locator(`${SIDEBAR} [data-ending${expectClean ? '="hangup"' : ''}]`).waitFor({ timeout: CALL_TIMEOUT })
	if (expectClean) {
		await sharer.waitForFunction(() => document.body.dataset.callState === 'ended', null, { timeout: CALL_TIMEOUT })
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
	}
	await Promise.all([recipient.close(), sharer.close()])
}

export interface SharerNotification {
	app: string
	actions: { label: string }[]
}

/**
 * Alice's notifications, as the notifications app lists them to her browser
 *
 * @param sharer - alice's page (its cookies)
 */
export async function notificationsOf(sharer: Page): Promise<SharerNotification[]> {
	const response = await sharer.request.get('/ocs/v2.php/apps/notifications/api/v2/notifications', { headers: OCS })
	const { ocs } = (await response.json()) as { ocs: { data: SharerNotification[] } }
	return ocs.data
}

/**
 * @param values - at least one
 */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b)
	const middle = Math.floor(sorted.length / 2)
	return sorted.length % 2 === 1 ? sorted[middle] as number : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
