/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'
import type { AnswerTiming, DemoShare } from './support/recipientJourney.ts'

import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, inject, test } from 'vitest'
import { useBrowser } from './support/browser.ts'
import { useOwnDemoServer } from './support/demoServer.ts'
import { bytesReceived, keepPeerConnections } from './support/peerConnections.ts'
import {
	answer,
	answerAndTimeFirstFrame,
	approveFromNotification,
	CALL_TIMEOUT,
	callAndWaitForRing,
	expectPlaying,
	openPreview,
	passwordProtectedLinkShare,
	REMOTE_VIDEO,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/*
 * The approve journey on the clustered stack with the High Performance Backend stand-in and an
 * MCU (SIGNALING=external-mcu): once with Janus's video room plugin as the media server (as the
 * real signaling server drives it, tests/demo/hpb/JanusMcu.mjs, coturn as Janus's TURN server),
 * once with our own SFU, each on a stack of its own started here; the first-frame times of both
 * are printed side by side. `make test-cluster` runs it; on the embedded demo it has nothing to do.
 */

const MEDIA_SERVERS = [['Janus', 'janus'], ['our SFU', 'sfu']] as const
const timings = new Map<string, AnswerTiming>()

afterAll(() => {
	if (timings.size > 0) {
		console.info('Cluster MCU call timings (loopback, fake devices; alice\'s call join request → the recipient\'s first presented frame of her video):\n'
			+ [...timings].map(([name, timing]) => `  ${name}: ${timing.fromJoinMs} ms (her "Join call" click → frame ${timing.fromAnswerMs} ms)`).join('\n'))
	}
})

describe.skipIf(inject('clusterState') === '').each(MEDIA_SERVERS)('the call through the MCU on the cluster stack: %s', (name, mcu) => {
	const demo = useOwnDemoServer({ signaling: 'external-mcu', mcu, name: `mcu-${mcu}` })
	const browser = useBrowser({ baseUrl: () => demo().baseUrl })

	test('the approve journey: media both ways through the MCU, then the approval unlocks the file', async () => {
		const { share, sharer, recipient } = await callRinging()
		const timing = await answerAndTimeFirstFrame(sharer, recipient)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video in the recipient\'s sidebar')
		for (const page of [sharer, recipient]) {
			await expect.poll(() => bytesReceived(page), { timeout: 10_000 }).toEqual({ audio: true, video: true })
		}
		expect(await sharer.evaluate(() => document.body.dataset.signalingMode)).toBe('external-mcu')
		expect(readFileSync(demo().serverLog, 'utf8')).toMatch(mcu === 'janus' ? /MCU: connected to Janus WebRTC Server/ : /listening on .* with MCU/)
		timings.set(name, timing)

		await approveFromNotification(sharer)
		await recipient.locator('#files-public-content .public-share__name').waitFor({ timeout: CALL_TIMEOUT })
		expect(new URL(recipient.url()).pathname).toBe(`/index.php/s/${share.token}`)
		await Promise.all([sharer.close(), recipient.close()])
	}, 120_000)

	test('the MCU\'s first answer to the recipient\'s publisher is lost: the same offer goes again and alice sees them', async () => {
		const { sharer, recipient } = await callRinging()
		const dropped = await fetch(`${demo().hpbUrl}/demo/drop-publisher-answers?count=1&guests=1`, { method: 'POST' })
		expect(await dropped.json()).toEqual({ dropping: 1 })

		await answer(sharer)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		await expectPlaying(sharer, '.talk-call__remote-video', 'the recipient\'s video on alice\'s call view')
		await expectPlaying(recipient, REMOTE_VIDEO, 'alice\'s video in the recipient\'s sidebar')
		expect(readFileSync(demo().serverLog, 'utf8')).toMatch(/answer dropped \(test\)/)
		await Promise.all([sharer.close(), recipient.close()])
	}, 120_000)

	/** Alice turns verification on (approve); the recipient opens the link, names themselves and calls. */
	async function callRinging(): Promise<{ share: DemoShare, sharer: Page, recipient: Page }> {
		const base = demo().baseUrl
		expect((await fetch(`${base}/demo/reset`, { method: 'POST' })).ok).toBe(true)
		const share = await passwordProtectedLinkShare(base)
		const sharer = await browser.page('sharer')
		const recipient = await browser.page('recipient')
		await sharer.addInitScript(keepPeerConnections)
		await recipient.addInitScript(keepPeerConnections)
		await setVerification(sharer, share, true, 'approve')
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		return { share, sharer, recipient }
	}
})
