/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page, Route } from 'playwright-core'
import type { SignalingMode } from './support/demoServer.ts'

import { describe, expect, test } from 'vitest'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { useOwnDemoServer } from './support/demoServer.ts'
import { keepPeerConnections } from './support/peerConnections.ts'
import {
	answer,
	CALL_TIMEOUT,
	endingText,
	expectPlaying,
	hangUp,
	JOIN_CALL,
	joinFromPreview,
	openRing,
	passwordProtectedLinkShare,
	REMOTE_VIDEO,
	ROOM_DELETED,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/*
 * The recipient's call where the High Performance Backend's own rules decide the outcome
 * (nextcloud-spreed-signaling; the demo's stand-in follows it, see tests/demo/README.md):
 *
 *   npx vitest run -c vitest.e2e.config.ts tests/e2e/hpb-server-rules.e2e.ts
 *
 * VV_CALL_MODES=external,external-mcu picks the modes (both by default).
 */

const MODES = (process.env.VV_CALL_MODES ?? 'external,external-mcu').split(',').filter((mode) => mode !== 'internal') as SignalingMode[]
/** Talk's web client offers again (or asks the MCU again) after 10 s: a journey that needed that took the slow way. */
const TALK_RETRY_MS = 10_000

describe.each(MODES)('the call against the signaling server\'s rules with %s signaling', (mode) => {
	const demo = useOwnDemoServer({ signaling: mode })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test.skipIf(mode !== 'external-mcu')('the MCU\'s first answer to the recipient\'s publisher is lost: the offer goes again and alice sees them', async () => {
		const { sharer, recipient } = await callRinging()
		const dropped = await fetch(`${demo().hpbUrl}/demo/drop-publisher-answers?count=1&guests=1`, { method: 'POST' })
		expect(await dropped.json()).toEqual({ dropping: 1 })

		await answer(sharer)
		// The MCU keeps the publisher of the first offer and answers the second with its sid.
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video in the recipient\'s sidebar')
		// With the MCU all the recipient's offers go to its publisher: the lost one and the one sent again.
		expect((await framesSent(recipient)).filter((frame) => frame.message?.data?.type === 'offer')).toHaveLength(2)
		await hangUp(recipient, sharer, { expectClean: true })
	}, 120_000)

	test('alice answers without camera and microphone: the recipient connects and asks for no media of hers', async () => {
		const { sharer, recipient } = await callRinging()
		await sharer.evaluate(() => {
			localStorage.setItem('vvDemoNoDevices', 'true')
			localStorage.setItem('showMediaSettings', 'false')
		})
		await answerWithoutPreview(sharer)

		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		// Talk's flags say alice sends nothing: no requestoffer (the MCU would answer client_not_found after 10 s, again and again).
		expect((await framesSent(recipient)).filter((frame) => frame.message?.data?.type === 'requestoffer')).toEqual([])
		await hangUp(recipient, sharer, { expectClean: true })
	}, 120_000)

	test('alice removes the recipient from the conversation: the call ends at once as "room gone", not after 30 s of reconnecting', async () => {
		const { sharer, recipient, attendeeId, roomToken } = await callRinging()
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })

		// As Talk web's participant list does for a moderator: DELETE …/attendees. Talk then tells
		// the signaling server (BackendNotifier::roomSessionsRemoved → `disinvite` of the
		// recipient's session; the video-verification room is deleted with it).
		const removedAt = Date.now()
		const removal = await sharer.evaluate(async ({ token, attendee }) => {
			const response = await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/attendees?attendeeId=${attendee}`, {
				method: 'DELETE',
				headers: { 'OCS-APIRequest': 'true', Accept: 'application/json', requesttoken: document.head.dataset.requesttoken ?? '' },
			})
			return { status: response.status, body: await response.json() as { ocs: { data: unknown } } }
		}, { token: roomToken, attendee: attendeeId })
		expect([removal.status, removal.body.ocs.data]).toEqual([200, null])
		expect(await endingText(recipient, 'room-gone', 5_000)).toContain('The call was closed on the server.')
		expect(Date.now() - removedAt).toBeLessThan(5_000)
		await sharer.waitForFunction(() => document.body.dataset.callState === 'ended', null, { timeout: CALL_TIMEOUT })
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
		await Promise.all([sharer.close(), recipient.close()])
	}, 120_000)

	test('alice is already in the call when the recipient\'s call join reaches Talk: they connect without waiting for a retry', async () => {
		const base = demo().baseUrl
		expect((await fetch(`${base}/demo/reset`, { method: 'POST' })).ok).toBe(true)
		const share = await passwordProtectedLinkShare(base)
		const sharer = await browser.page('sharer')
		await sharer.addInitScript(keepPeerConnections)
		await setVerification(sharer, share, true)
		const recipient = await openRecipient(share.token as string)

		// Hold the recipient's call join request until alice is in the conversation's call.
		let roomToken = ''
		let release: () => void = () => {}
		const released = new Promise<void>((resolve) => {
			release = resolve
		})
		const held = new Promise<void>((resolve) => {
			void recipient.route(JOIN_CALL, async (route: Route) => {
				if (route.request().method() !== 'POST') {
					await route.continue()
					return
				}
				roomToken = new URL(route.request().url()).pathname.split('/').at(-1) as string
				resolve()
				await released
				await route.continue()
			})
		})
		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		await held

		await sharer.goto(`/index.php/call/${roomToken}`)
		await sharer.locator('.talk-call__join').click()
		await joinFromPreview(sharer)
		await sharer.waitForFunction(() => document.body.dataset.callState === 'waiting', null, { timeout: CALL_TIMEOUT })

		// Talk's incall for the recipient reaches the signaling server during this request: the
		// list with alice in the call arrives before the request's answer.
		const releasedAt = Date.now()
		release()
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video in the recipient\'s sidebar')
		expect(Date.now() - releasedAt).toBeLessThan(TALK_RETRY_MS)
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		await hangUp(recipient, sharer, { expectClean: true })
	}, 120_000)

	// Last in the mode: it leaves 127.0.0.1 blocked for resumes on this signaling server.
	test('someone at the recipient\'s address guessed resume ids: the resume is refused as too_many_requests and the call comes back with a new session', async () => {
		const { sharer, recipient } = await callRinging()
		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video in the recipient\'s sidebar')

		// Ten made-up resume ids from this address within 30 minutes (server/hub.go processHello,
		// async/throttle.go): from now on every resume from it is answered too_many_requests.
		const codes = await guessResumeIds(`${(demo().hpbUrl ?? '').replace(/^http/, 'ws')}/spreed`, 10)
		expect(codes.length).toBeGreaterThan(0)
		expect(new Set(codes)).toEqual(new Set(['no_such_session']))
		const dropped = await fetch(`${demo().hpbUrl}/demo/drop-connections?guests=1`, { method: 'POST' })
		expect((await dropped.json() as { dropped: number }).dropped).toBe(1)

		await recipient.waitForFunction(() => (window as unknown as { vvReceived: { type?: string, error?: { code?: string } }[] }).vvReceived
			.some((message) => message.type === 'error' && message.error?.code === 'too_many_requests'), null, { timeout: CALL_TIMEOUT })
		// As Talk web: a fresh hello on the same socket, the room and the call joined again.
		await recipient.waitForFunction(() => {
			const frames = (window as unknown as { vvFrames: { type?: string, hello?: { resumeid?: string, auth?: unknown } }[] }).vvFrames
			const resume = frames.findIndex((frame) => frame.type === 'hello' && frame.hello?.resumeid !== undefined)
			return resume !== -1 && frames.slice(resume + 1).some((frame) => frame.type === 'hello' && frame.hello?.auth !== undefined)
		}, null, { timeout: CALL_TIMEOUT })
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video after the new session')
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view after the new session')
		await hangUp(recipient, sharer, { expectClean: true })
	}, 120_000)

	/**
	 * The recipient opens the link and names themselves, their signaling frames recorded.
	 *
	 * @param shareToken the link's token
	 */
	async function openRecipient(shareToken: string): Promise<Page> {
		const recipient = await browser.page('recipient')
		await recipient.addInitScript(recordSignalingFrames)
		await recipient.addInitScript(keepPeerConnections)
		await recipient.goto(`/index.php/s/${shareToken}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Bob Berg')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		return recipient
	}

	/** Alice turns verification on; the recipient calls and it rings. */
	async function callRinging(): Promise<{ sharer: Page, recipient: Page, attendeeId: number, roomToken: string }> {
		const base = demo().baseUrl
		expect((await fetch(`${base}/demo/reset`, { method: 'POST' })).ok).toBe(true)
		const share = await passwordProtectedLinkShare(base)
		const sharer = await browser.page('sharer')
		await sharer.addInitScript(keepPeerConnections)
		await setVerification(sharer, share, true)
		const recipient = await openRecipient(share.token as string)
		const joined = recipient.waitForResponse((response) => /\/api\/v4\/room\/[^/]+\/participants\/active$/.test(new URL(response.url()).pathname) && response.request().method() === 'POST')
		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		const joinedRoom = await (await joined).json() as { ocs: { data: { attendeeId: number, token: string } } }
		await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: CALL_TIMEOUT })
		return { sharer, recipient, attendeeId: joinedRoom.ocs.data.attendeeId, roomToken: joinedRoom.ocs.data.token }
	}
})

/**
 * The recipient hangs up; both sides end.
 *
 * @param sharer alice's page
 * @param recipient the recipient's page
 */
/**
 * Sends resumes with made-up ids on their own sockets, all at once. The server records each
 * failure and holds its answer back by the throttle's delay; its hello timeout (2 s, which a
 * failed resume leaves running) then closes the sockets.
 *
 * @param url the signaling server's WebSocket URL
 * @param count how many
 * @return the error codes that arrived before the sockets closed
 */
async function guessResumeIds(url: string, count: number): Promise<string[]> {
	const codes: string[] = []
	await Promise.all(Array.from({ length: count }, (_, index) => new Promise<void>((resolve) => {
		const socket = new WebSocket(url)
		socket.addEventListener('open', () => socket.send(JSON.stringify({ id: '1', type: 'hello', hello: { version: '2.0', resumeid: `made-up-resume-id-${index}` } })))
		socket.addEventListener('message', (event) => {
			const message = JSON.parse(String(event.data)) as { type: string, error?: { code: string } }
			if (message.type === 'error') {
				codes.push(message.error?.code ?? '')
			}
		})
		socket.addEventListener('close', () => resolve())
	})))
	return codes
}

/**
 * Alice answers from her notifications with Talk's device preview turned off ("Answer call" joins at once).
 *
 * @param sharer alice's page
 */
async function answerWithoutPreview(sharer: Page): Promise<void> {
	const ring = await openRing(sharer)
	await ring.getByText('Answer call').click()
	await sharer.waitForURL(/\/index\.php\/call\/[^/#]+#direct-call$/)
}

interface SentFrame {
	type?: string
	message?: { recipient?: { sessionid?: string }, data?: { type?: string, to?: string } }
}

/**
 * What the recipient's page sent on its signaling sockets.
 *
 * @param recipient the page
 */
async function framesSent(recipient: Page): Promise<SentFrame[]> {
	return recipient.evaluate(() => (window as unknown as { vvFrames?: SentFrame[] }).vvFrames ?? [])
}

/** Runs in the recipient's page before its scripts: records the frames sent (and received) on signaling WebSockets. */
function recordSignalingFrames(): void {
	const frames: unknown[] = []
	const received: unknown[] = []
	;(window as unknown as { vvFrames: unknown[], vvReceived: unknown[] }).vvFrames = frames
	;(window as unknown as { vvReceived: unknown[] }).vvReceived = received
	const Native = window.WebSocket
	window.WebSocket = class extends Native {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols)
			this.addEventListener('message', (event) => received.push(JSON.parse(String(event.data))))
		}

		override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
			if (typeof data === 'string') {
				frames.push(JSON.parse(data))
			}
			super.send(data)
		}
	}
}
