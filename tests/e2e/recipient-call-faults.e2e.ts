/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page, Request } from 'playwright-core'

import { request as apiRequest } from 'playwright-core'
import { beforeEach, describe, expect, test } from 'vitest'
import { expectAccessible } from './support/axe.ts'
import { activityOf, expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import {
	answer,
	CALL_TIMEOUT,
	callAndWaitForRing,
	endingText,
	expectPlaying,
	joinFromPreview,
	OCS,
	openPreview,
	openRing,
	passwordProtectedLinkShare,
	resetDemo,
	ROOM_DELETED,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/*
 * The bad input and faults of the recipient's call (issue 4), each with the ending the
 * recipient sees. The sharer hanging up mid-call is in recipient-call.e2e.ts.
 */

const REQUESTS_API = '/ocs/v2.php/apps/video_verification/api/v1/requests'
/** A 4xx answer the test provokes is logged by the browser as a console error */
const REFUSED_REQUEST = /status of (400|404|429) .*\/ocs\/v2\.php\/apps\/video_verification\/api\/v1\/requests/
const SESSION_REPLACED = /status of 409 .*\/ocs\/v2\.php\/apps\/spreed\/api\/v3\/signaling\//
const MARKUP_NAME = '<img src=x onerror=alert(1)>'

describe('the recipient\'s call: bad input and faults', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('an unknown token: the share page is 404, and our API answers a clear 404', async () => {
		const recipient = await browser.page('recipient')

		const page = await recipient.goto('/index.php/s/NoSuchShare00000')
		expect(page?.status()).toBe(404)
		const response = await recipient.request.post(REQUESTS_API, { headers: OCS, data: { shareToken: 'NoSuchShare00000', displayName: 'Bob Berg' } })

		expect(response.status()).toBe(404)
		const { ocs } = await response.json() as { ocs: { data: { error: string, message: string } } }
		expect(ocs.data.error).toBe('share_not_found')
		expect(ocs.data.message).not.toBe('')
	})

	test('verification switched off after the page loaded: the sidebar says the link cannot be used for a call', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share)

		await setVerification(sharer, share, false)
		await recipient.getByRole('button', { name: 'Call', exact: true }).click()

		expect(await endingText(recipient, 'request-refused')).toMatch(/Could not start the call.*(no longer|cannot|not available|not found)/i)
		expect(await recipient.getByRole('button', { name: 'Call again' }).count()).toBe(0)
		expect(activityOf(recipient).responses.filter(({ url }) => url.includes('/apps/spreed/'))).toEqual([])
		expectNoConsoleErrors(recipient, { allow: [REFUSED_REQUEST] })
	})

	test('an empty name is refused before anything is sent; a name over 64 characters cannot be entered and is refused by the API', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()

		await recipient.getByLabel('Your name').fill('   ')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		await expect.poll(() => recipient.locator(SIDEBAR).textContent()).toContain('Enter your name, so the person you call knows who is calling.')
		expect(await recipient.locator(SIDEBAR).getAttribute('data-step')).toBe('intro')

		await recipient.getByLabel('Your name').fill('B'.repeat(65))
		expect(await recipient.getByLabel('Your name').inputValue()).toHaveLength(64)
		const response = await recipient.request.post(REQUESTS_API, { headers: OCS, data: { shareToken: share.token, displayName: 'B'.repeat(65) } })
		expect(response.status()).toBe(400)
		const { ocs } = await response.json() as { ocs: { data: { error: string, message: string } } }
		expect(ocs.data).toEqual({ error: 'invalid_display_name', message: 'Your name can be at most 64 characters long.' })
		expect(activityOf(recipient).responses.filter(({ url }) => url.includes(REQUESTS_API))).toEqual([])
		expectNoConsoleErrors(recipient)
	})

	test('a name the server refuses (a bidi override) brings the caller back to the name with the server\'s reason', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share, 'Bob \u202Egreb')

		await recipient.getByRole('button', { name: 'Call', exact: true }).click()

		await recipient.locator(`${SIDEBAR}[data-step="intro"]`).waitFor()
		expect(await recipient.locator(SIDEBAR).textContent()).toContain('Your name contains characters that a name cannot have')
		expect(activityOf(recipient).responses.filter(({ url }) => url.includes('/apps/spreed/'))).toEqual([])
		expectNoConsoleErrors(recipient, { allow: [REFUSED_REQUEST] })
	})

	test('a name with markup is shown as text on alice\'s call view; no script runs', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		const dialogs: string[] = []
		for (const page of [sharer, recipient]) {
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message())
				void dialog.dismiss()
			})
		}
		await openPreview(recipient, share, MARKUP_NAME)
		await callAndWaitForRing(recipient)

		// The ring names the caller as text, never as markup, and so does the call view
		const ring = await openRing(sharer)
		expect(await sharer.locator('img[src="x"]').count()).toBe(0)
		await ring.getByText('Answer call').click()
		await sharer.waitForURL(/\/index\.php\/call\//)
		await joinFromPreview(sharer)
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.remoteName), { timeout: CALL_TIMEOUT }).toBe(MARKUP_NAME)
		await expect.poll(() => sharer.locator('body').textContent()).toContain(MARKUP_NAME)
		expect(await sharer.locator('img[src="x"]').count()).toBe(0)
		expect(dialogs).toEqual([])
		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
	})

	test('a flood of requests: after the limit the sidebar says so', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share)
		// Three other browsers wait for an answer already (the limit per share; one browser
		// session holds one open request, so each is a session of its own)
		const others = await Promise.all([0, 1, 2].map(() => apiRequest.newContext({ baseURL: new URL(recipient.url()).origin })))
		for (const [pending, other] of others.entries()) {
			const response = await other.post(REQUESTS_API, { headers: OCS, data: { shareToken: share.token, displayName: `Caller ${pending}` } })
			expect(response.status()).toBe(201)
		}

		await recipient.getByRole('button', { name: 'Call', exact: true }).click()

		expect(await endingText(recipient, 'request-refused')).toContain('There are already calls waiting for this share. Please wait a minute and try again.')
		expect(await recipient.getByRole('button', { name: 'Call again' }).count()).toBe(0)
		expect(activityOf(recipient).responses.filter(({ url }) => url.includes('/apps/spreed/'))).toEqual([])
		expectNoConsoleErrors(recipient, { allow: [REFUSED_REQUEST] })
		await Promise.all(others.map((other) => other.dispose()))
	})

	test('nobody answers in 60 s: the sidebar says the sharer did not answer, and the request is withdrawn', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await recipient.clock.install()
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)

		await recipient.clock.fastForward('00:59')
		await new Promise((resolve) => setTimeout(resolve, 300))
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).count()).toBe(1)
		await recipient.clock.fastForward('00:02')

		expect(await endingText(recipient, 'no-answer')).toContain('The person who shared this file did not answer.')
		await expect.poll(() => lastStatus(recipient, 'DELETE', /\/apps\/video_verification\/api\/v1\/requests\/[A-Za-z0-9]+$/)).toBe(200)
		await expect.poll(() => lastStatus(recipient, 'DELETE', /\/apps\/spreed\/api\/v4\/room\/[^/]+\/participants\/active$/)).toBe(200)
		expectNoConsoleErrors(recipient)
	})

	test('camera permission denied: the sidebar explains how to allow it', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		await recipient.addInitScript(() => {
			navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
		})
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Bob Berg')
		await recipient.getByRole('button', { name: 'Continue' }).click()

		await expect.poll(() => recipient.locator(SIDEBAR).textContent()).toContain('Camera access is blocked')
		expect(await recipient.locator(SIDEBAR).textContent()).toContain('allow camera and microphone for this site, then press "Try again"')
		await recipient.getByRole('button', { name: 'Try again' }).waitFor()
		expect(await recipient.getByRole('button', { name: 'Call', exact: true }).isDisabled()).toBe(true)
		await expectAccessible(recipient, SIDEBAR, 'the sidebar: camera access blocked')
		expectNoConsoleErrors(recipient)
	})

	test('the recipient\'s camera is removed mid-call: the sidebar offers another camera, and the sharer sees the new one', async () => {
		const { sharer, recipient } = await connectedCall()

		await recipient.evaluate((selector) => {
			const video = document.querySelector<HTMLVideoElement>(selector)
			const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0]
			if (track === undefined) {
				throw new Error('The self view shows no camera track')
			}
			// What the browser does when the device goes away: the track ends and says so
			track.stop()
			track.dispatchEvent(new Event('ended'))
		}, `${SIDEBAR} [data-self-video] video`)

		await expect.poll(() => recipient.locator(SIDEBAR).textContent()).toContain('Your camera stopped working. Choose a camera to be seen again.')
		const choice = recipient.locator(`${SIDEBAR} .video-verification-call__device-lost select`)
		const camera = await choice.locator('option').first().getAttribute('value')
		await choice.selectOption(camera as string)

		await expect.poll(() => recipient.locator(SIDEBAR).textContent()).not.toContain('Your camera stopped working')
		expect(await framesShown(sharer, '.talk-call__remote-video', 1000)).toBeGreaterThan(5)
		expectNoConsoleErrors(recipient)
	})

	test('Talk answers 409 (the session was replaced by another join of the same browser): the call ends with a clear message', async () => {
		const share = await passwordProtectedLinkShare()
		await setVerification(await browser.page('sharer'), share, true)
		const recipient = await browser.page('recipient')
		const waitingPull = trackPulls(recipient)
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		const token = roomToken(recipient)
		// Talk finds the session of a pull in the PHP session: only the pull waiting at the
		// moment of the replacement answers 409, so the second join waits for one.
		await waitingPull()

		// Another tab of the same browser joins the same room: Talk replaces the session
		const join = await recipient.request.post(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/participants/active`, { headers: OCS, data: { force: true } })
		expect(join.status()).toBe(200)

		expect(await endingText(recipient, 'room-gone')).toContain('The call was closed on the server.')
		expectNoConsoleErrors(recipient, { allow: [SESSION_REPLACED] })
	})

	test('the sharer\'s browser never answers the offer: the recipient ends with "could not connect"', async () => {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		// Alice's call view sends no offer or answer (its candidates and everything else go through)
		await sharer.route('**/ocs/v2.php/apps/spreed/api/v3/signaling/*', async (route) => {
			const request = route.request()
			if (request.method() !== 'POST') {
				return route.fallback()
			}
			const body = request.postDataJSON() as { messages: string }
			const items = (JSON.parse(body.messages) as { fn: string }[])
				.filter((item) => !['offer', 'answer'].includes((JSON.parse(item.fn) as { type: string }).type))
			return route.fallback({ postData: JSON.stringify({ ...body, messages: JSON.stringify(items) }) })
		})
		const recipient = await browser.page('recipient')
		await recipient.clock.install()
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connecting"]`).waitFor({ timeout: CALL_TIMEOUT })

		// Our offers time out (10 s each, 3 of them; a 10 s wait for the sharer's offer first)
		const ended = recipient.locator(`${SIDEBAR} [data-ending]`)
		for (let step = 0; step < 8 && await ended.count() === 0; step++) {
			await recipient.clock.fastForward('00:11')
			await new Promise((resolve) => setTimeout(resolve, 500))
		}

		const text = await endingText(recipient, 'connection-failed')
		expect(text).toContain('could not reach each other')
		// Unanswered offers are no ICE problem: no TURN hint
		expect(text).toContain('Check your internet connection and call again.')
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
	}, 90_000)

	/** Both in the call, video playing both ways */
	async function connectedCall(): Promise<{ sharer: Page, recipient: Page }> {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		await setVerification(sharer, share, true)
		const recipient = await browser.page('recipient')
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		return { sharer, recipient }
	}
})

/**
 * How many video frames a video element presents in a while
 *
 * @param page - the page
 * @param selector - the video element
 * @param ms - how long to count
 */
async function framesShown(page: Page, selector: string, ms: number): Promise<number> {
	return page.evaluate(([css, duration]) => new Promise<number>((resolve) => {
		const video = document.querySelector<HTMLVideoElement>(css as string)
		if (video === null) {
			resolve(0)
			return
		}
		let frames = 0
		const count = (): void => {
			frames++
			video.requestVideoFrameCallback(count)
		}
		video.requestVideoFrameCallback(count)
		setTimeout(() => resolve(frames), duration as number)
	}), [selector, ms] as const)
}

/**
 * The status of the page's last request that matches, or null
 *
 * @param page - the page
 * @param method - HTTP method
 * @param path - pattern of the URL path
 */
function lastStatus(page: Page, method: string, path: RegExp): number | null {
	return activityOf(page).responses.filter((candidate) => candidate.method === method && path.test(new URL(candidate.url).pathname)).at(-1)?.status ?? null
}

/**
 * Talk's room token the recipient's client joined
 *
 * @param page - the recipient's page
 */
function roomToken(page: Page): string {
	for (const { url } of activityOf(page).responses) {
		const match = /\/apps\/spreed\/api\/v4\/room\/([^/]+)\/participants\/active$/.exec(new URL(url).pathname)
		if (match !== null) {
			return match[1] as string
		}
	}
	throw new Error('The recipient joined no Talk room')
}

/**
 * Follows the page's signaling long-polls; the returned function waits until one has been
 * waiting for a while (so the server has read its session already).
 *
 * @param page - the recipient's page, before it calls
 */
function trackPulls(page: Page): () => Promise<void> {
	const started = new Map<Request, number>()
	const isPull = (request: Request): boolean => request.method() === 'GET' && /\/apps\/spreed\/api\/v3\/signaling\/[^/]+$/.test(new URL(request.url()).pathname)
	page.on('request', (request) => {
		if (isPull(request)) {
			started.set(request, Date.now())
		}
	})
	const done = (request: Request): void => {
		started.delete(request)
	}
	page.on('requestfinished', done)
	page.on('requestfailed', done)
	return () => expect.poll(() => [...started.values()].some((at) => Date.now() - at > 500), { timeout: 15_000, interval: 50 }).toBe(true)
}
