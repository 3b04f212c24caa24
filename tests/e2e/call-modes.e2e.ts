/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'
import type { CallTrace } from './support/callTrace.ts'
import type { SignalingMode } from './support/demoServer.ts'
import type { AnswerTiming } from './support/recipientJourney.ts'

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { expectNoConsoleErrors, useBrowser } from './support/browser.ts'
import { createCallTrace } from './support/callTrace.ts'
import { artifactsDir, useOwnDemoServer } from './support/demoServer.ts'
import { bytesReceived, keepPeerConnections } from './support/peerConnections.ts'
import {
	answerAndTimeFirstFrame,
	CALL_TIMEOUT,
	expectPlaying,
	median,
	passwordProtectedLinkShare,
	REMOTE_VIDEO,
	ROOM_DELETED,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/*
 * The recipient's call journey (as in recipient-call.e2e.ts) once per signaling mode, each
 * against its own demo host: Talk's internal signaling, and the High Performance Backend
 * stand-in without and with its MCU (media relayed by the stand-in's SFU). Measures "the
 * sharer answers → first remote frame on the recipient" over several calls and, with the
 * HPB, how long a dropped socket takes to be resumed.
 *
 *   npx vitest run -c vitest.e2e.config.ts tests/e2e/call-modes.e2e.ts
 *
 * VV_CALL_MODES=internal,external,external-mcu picks modes; VV_CALLS_PER_MODE (default 5) the calls;
 * VV_DEVICE_PREVIEW=off has alice's Talk join at once from "Answer call" (her preference).
 * A failed call writes both sides' signaling timeline to tests/e2e/.artifacts/call-trace-<mode>-<n>.txt;
 * VV_CALL_TRACE=all writes it for every call.
 */

const MODES = (process.env.VV_CALL_MODES ?? 'internal,external,external-mcu').split(',') as SignalingMode[]
const CALLS = Number(process.env.VV_CALLS_PER_MODE ?? 5)

const report: string[] = []

afterAll(() => {
	if (report.length > 0) {
		console.info(`Call timings (loopback, fake devices):\n  ${report.join('\n  ')}`)
	}
})

describe.each(MODES)('the call journey with %s signaling', (mode) => {
	const demo = useOwnDemoServer({ signaling: mode })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test(`${CALLS} calls: both see each other, the recipient hangs up; time to first remote frame`, async () => {
		const timings: AnswerTiming[] = []
		for (let call = 0; call < CALLS; call++) {
			const trace = createCallTrace()
			const { sharer, recipient } = await callRinging(trace)
			try {
				await oneCall(sharer, recipient, timings, trace)
				if (process.env.VV_CALL_TRACE === 'all') {
					writeFileSync(join(artifactsDir, `call-trace-${mode}-${call + 1}.txt`), trace.lines().join('\n') + '\n')
				}
			} catch (error) {
				const file = join(artifactsDir, `call-trace-${mode}-${call + 1}.txt`)
				writeFileSync(file, trace.lines().join('\n') + '\n')
				throw new Error(`Call ${call + 1} of ${CALLS} failed; both sides' signaling and connection states: ${file}`, { cause: error })
			}
		}
		const middle = (pick: (timing: AnswerTiming) => number): number => Math.round(median(timings.map(pick)))
		const answer = process.env.VV_DEVICE_PREVIEW === 'off' ? '"Answer call" click (device preview off)' : '"Join call" click in the device preview'
		report.push(`${mode}: alice's answer, ${answer} → first remote frame median ${middle((timing) => timing.fromAnswerMs)} ms, `
			+ `her call join request → first remote frame median ${middle((timing) => timing.fromJoinMs)} ms `
			+ `(${timings.map((timing) => `${timing.fromAnswerMs}/${timing.fromJoinMs}`).join(', ')}); `
			+ `"Answer call" → her answer: median ${middle((timing) => timing.toAnswerMs)} ms`)
		expect(timings).toHaveLength(CALLS)
	}, CALLS * 45_000)

	test.skipIf(mode === 'internal')('a dropped signaling socket is resumed and the call goes on', async () => {
		const { sharer, recipient } = await callRinging()
		await answerAndTimeFirstFrame(sharer, recipient)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })

		const droppedAt = Date.now()
		const dropped = await fetch(`${demo().hpbUrl}/demo/drop-connections?guests=1`, { method: 'POST' })
		expect(await dropped.json()).toEqual({ dropped: 1 })

		const resumedAt = await recipient.waitForFunction(() => {
			const sockets = (window as unknown as { vvSockets: { helloAt: number | null, resumed: boolean }[] }).vvSockets
			const last = sockets.at(-1)
			return sockets.length > 1 && last?.helloAt !== null && last?.resumed === true ? last?.helloAt : false
		}, null, { timeout: 10_000, polling: 20 })
		const resumeMs = (await resumedAt.jsonValue() as number) - droppedAt
		// A measured figure (budget 3 s), not a timed assertion: the wait above bounds it.
		report.push(`${mode}: dropped socket → session resumed in ${resumeMs} ms (budget 3000 ms)`)

		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video after the resume')
		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await sharer.waitForFunction(() => document.body.dataset.callState === 'ended', null, { timeout: CALL_TIMEOUT })
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
	}, 90_000)

	test.skipIf(mode === 'internal')('the sharer\'s dropped signaling socket is resumed by her Talk client and the call goes on', async () => {
		const { sharer, recipient } = await callRinging()
		await answerAndTimeFirstFrame(sharer, recipient)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })

		const dropped = await fetch(`${demo().hpbUrl}/demo/drop-connections?users=1`, { method: 'POST' })
		expect(await dropped.json()).toEqual({ dropped: 1 })
		await sharer.waitForFunction(() => document.body.dataset.signalingResumes === '1', null, { timeout: 10_000 })

		// The signaling server kept her session: the recipient saw no one leave.
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase]`).getAttribute('data-call-phase')).toBe('connected')
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video after her resume')
		// The recipient's leave reaches alice as an event on her resumed socket.
		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await sharer.waitForFunction(() => document.body.dataset.callState === 'ended', null, { timeout: CALL_TIMEOUT })
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
	}, 90_000)

	/**
	 * One call from the answer to the hang-up: first frame, both videos play, bytes both ways.
	 *
	 * @param sharer alice's page
	 * @param recipient the recipient's page
	 * @param timings gets this call's timing
	 * @param trace notes the answer click and the first frame
	 */
	async function oneCall(sharer: Page, recipient: Page, timings: AnswerTiming[], trace: CallTrace): Promise<void> {
		const timing = await answerAndTimeFirstFrame(sharer, recipient, trace)
		timings.push(timing)

		await sharer.waitForFunction(() => document.body.dataset.callState === 'connected', null, { timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video in the recipient\'s sidebar')
		for (const page of [sharer, recipient]) {
			await expect.poll(() => bytesReceived(page), { timeout: 10_000 }).toEqual({ audio: true, video: true })
		}
		// The sharer's call view says which way it went: with the MCU nothing can go peer-to-peer.
		expect(await sharer.evaluate(() => document.body.dataset.signalingMode)).toBe(mode)
		// Talk shows who calls and whether their microphone is on (data channel and signaling).
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.remoteName), { timeout: 10_000 }).toBe('Bob Berg')
		const mute = recipient.getByRole('button', { name: 'Mute', exact: true })
		await mute.click()
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.remoteAudio), { timeout: 10_000 }).toBe('off')
		await sharer.getByText('Microphone off').waitFor({ state: 'visible' })
		await mute.click()
		await expect.poll(() => sharer.evaluate(() => document.body.dataset.remoteAudio), { timeout: 10_000 }).toBe('on')

		await recipient.getByRole('button', { name: 'Hang up', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-ending="hangup"]`).waitFor()
		await sharer.waitForFunction(() => document.body.dataset.callState === 'ended', null, { timeout: CALL_TIMEOUT })
		expectNoConsoleErrors(sharer, { allow: [ROOM_DELETED] })
		expectNoConsoleErrors(recipient, { allow: [ROOM_DELETED] })
		await Promise.all([sharer.close(), recipient.close()])
	}

	/**
	 * Alice turns verification on; the recipient opens the link, names themselves and calls
	 *
	 * @param trace records both pages' signaling and connections (written out when the call fails)
	 */
	async function callRinging(trace?: CallTrace): Promise<{ sharer: Page, recipient: Page }> {
		const base = demo().baseUrl
		expect((await fetch(`${base}/demo/reset`, { method: 'POST' })).ok).toBe(true)
		const share = await passwordProtectedLinkShare(base)
		const sharer = await browser.page('sharer')
		await trace?.watch(sharer, 'alice')
		await sharer.addInitScript(keepPeerConnections)
		await setVerification(sharer, share, true)

		const recipient = await browser.page('recipient')
		await trace?.watch(recipient, 'recipient')
		await recipient.addInitScript(watchSignalingSockets)
		await recipient.addInitScript(keepPeerConnections)
		await recipient.goto(`/index.php/s/${share.token}`)
		await recipient.getByRole('button', { name: 'Request password' }).click()
		await recipient.getByLabel('Your name').fill('Bob Berg')
		await recipient.getByRole('button', { name: 'Continue' }).click()
		await recipient.getByRole('button', { name: 'Call', exact: true }).click()
		await recipient.locator(`${SIDEBAR} [data-call-phase="ringing"]`).waitFor({ timeout: CALL_TIMEOUT })
		return { sharer, recipient }
	}
})

/** Runs in the recipient's page before its scripts: notes when each WebSocket got its hello answer. */
function watchSignalingSockets(): void {
	const sockets: { helloAt: number | null, resumed: boolean }[] = []
	let sessionId: string | null = null
	;(window as unknown as { vvSockets: typeof sockets }).vvSockets = sockets
	const Native = window.WebSocket
	window.WebSocket = class extends Native {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols)
			const entry = { helloAt: null as number | null, resumed: false }
			sockets.push(entry)
			this.addEventListener('message', (event) => {
				const message = JSON.parse(String(event.data)) as { type?: string, hello?: { sessionid?: string } }
				if (message.type === 'hello' && entry.helloAt === null) {
					entry.helloAt = Date.now()
					entry.resumed = sessionId !== null && message.hello?.sessionid === sessionId
					sessionId = message.hello?.sessionid ?? null
				}
			})
		}
	}
}
