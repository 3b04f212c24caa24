/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'
import type { AnswerTiming, DemoShare } from './support/recipientJourney.ts'

import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, inject, test } from 'vitest'
import { useBrowser } from './support/browser.ts'
import { bytesReceived, relayOnlyPeerConnections, selectedCandidatePairs } from './support/peerConnections.ts'
import {
	answerAndTimeFirstFrame,
	approveFromNotification,
	CALL_TIMEOUT,
	callAndWaitForRing,
	hangUp,
	openPreview,
	passwordProtectedLinkShare,
	resetDemo,
	setVerification,
	SIDEBAR,
} from './support/recipientJourney.ts'

/*
 * The clustered stack (VV_STACK=cluster, tests/demo/cluster/run.sh: nginx round-robin over
 * two PHP-FPM app servers, PostgreSQL or MariaDB, Redis, coturn): what must hold when an app
 * server goes away or Redis restarts in the middle of a verification, and a call that can only
 * go through the TURN server. `make test-cluster` runs
 * this file with the other journeys on the stack; on the embedded demo it has nothing to do.
 */

interface ClusterState { stack: number, app1: number, app2: number, redisPort: number }

const clusterStateFile = inject('clusterState')

describe.skipIf(clusterStateFile === '')('on two app servers behind a load balancer', () => {
	const browser = useBrowser()

	beforeEach(resetDemo)

	test('an app server stopped during the call: the call, the polling and the approval go on on the other', async () => {
		const { share, sharer, recipient } = await callAnswered()
		const state = clusterState()

		// SIGQUIT: PHP-FPM's graceful stop (finishes the requests it holds, takes no more), as
		// an app server taken out of service is stopped.
		process.kill(state.app2, 'SIGQUIT')
		await waitUntilGone(state.app2)

		// The recipient keeps polling through the load balancer; the sharer approves.
		await approveFromNotification(sharer)
		await expectFileShown(recipient, share)
		expect(await recipient.locator(`${SIDEBAR} [data-call-phase="failed"]`).count()).toBe(0)
	})

	test('Redis restarted while the request is open: the approval still unlocks the file', async () => {
		const { share, sharer, recipient } = await callAnswered()
		const state = clusterState()

		process.kill(state.stack, 'SIGUSR1')
		await waitForRedisRestart(state.redisPort)

		await approveFromNotification(sharer)
		await expectFileShown(recipient, share)
	})

	test('Redis restarted: the rate limit of request creation still counts what came before', async () => {
		const state = clusterState()
		// AnonRateLimit(limit: 10, period: 600) on POST /api/v1/requests, counted in Redis
		// whatever the answer (an unknown share here: 404).
		for (let attempt = 1; attempt <= 10; attempt++) {
			expect(await createRequest()).toBe(404)
		}

		process.kill(state.stack, 'SIGUSR1')
		await waitForRedisRestart(state.redisPort)

		expect(await createRequest()).toBe(429)
	})

	test('a call forced through TURN (relay-only ICE on both sides): media both ways over coturn, and the approval unlocks', async () => {
		const { share, sharer, recipient } = await callAnswered({ relayOnly: true })

		await expect.poll(() => bytesReceived(recipient), { timeout: CALL_TIMEOUT }).toEqual({ audio: true, video: true })
		await expect.poll(() => bytesReceived(sharer), { timeout: CALL_TIMEOUT }).toEqual({ audio: true, video: true })
		// The pair each side selected: its own candidate is a TURN allocation on coturn (the
		// other side's may read as prflx when its checks arrive before its candidate does).
		for (const page of [recipient, sharer]) {
			const pairs = await selectedCandidatePairs(page)
			expect(pairs.length, `${page.url()} has no connected peer connection`).toBeGreaterThan(0)
			expect(pairs.map((pair) => pair.local)).toEqual(pairs.map(() => 'relay'))
		}

		await approveFromNotification(sharer)
		await expectFileShown(recipient, share)
	})

	test('first frame over TURN beside a direct call, in the same run (the figures are printed, not bounded)', async () => {
		const direct = await callAnswered()
		await hangUp(direct.recipient, direct.sharer)
		const relay = await callAnswered({ relayOnly: true })
		expect((await selectedCandidatePairs(relay.recipient)).map((pair) => pair.local)).toContain('relay')

		console.info('Cluster call timings (loopback, fake devices; alice\'s call join request → the recipient\'s first presented frame of her video):\n'
			+ `  direct: ${direct.timing.fromJoinMs} ms (her "Join call" click → frame ${direct.timing.fromAnswerMs} ms)\n`
			+ `  relay-only through coturn: ${relay.timing.fromJoinMs} ms (her "Join call" click → frame ${relay.timing.fromAnswerMs} ms)`)
		for (const { timing } of [direct, relay]) {
			expect(timing.fromJoinMs).toBeGreaterThan(0)
		}
	})

	/**
	 * @param options.relayOnly both browsers behind a network that lets only TURN through
	 */
	async function callAnswered({ relayOnly = false } = {}): Promise<{ share: DemoShare, sharer: Page, recipient: Page, timing: AnswerTiming }> {
		const share = await passwordProtectedLinkShare()
		const sharer = await browser.page('sharer')
		const recipient = await browser.page('recipient')
		if (relayOnly) {
			await sharer.addInitScript(relayOnlyPeerConnections)
			await recipient.addInitScript(relayOnlyPeerConnections)
		}
		await setVerification(sharer, share, true, 'approve')
		await openPreview(recipient, share)
		await callAndWaitForRing(recipient)
		const timing = await answerAndTimeFirstFrame(sharer, recipient)
		await recipient.locator(`${SIDEBAR} [data-call-phase="connected"]`).waitFor({ timeout: CALL_TIMEOUT })
		return { share, sharer, recipient, timing }
	}
})

function clusterState(): ClusterState {
	return JSON.parse(readFileSync(clusterStateFile, 'utf8')) as ClusterState
}

async function waitUntilGone(pid: number): Promise<void> {
	const deadline = Date.now() + 60_000
	for (;;) {
		try {
			process.kill(pid, 0)
		} catch {
			return
		}
		if (Date.now() > deadline) {
			throw new Error(`app server ${pid} still runs 60 s after SIGQUIT`)
		}
		await new Promise((wake) => setTimeout(wake, 100))
	}
}

/**
 * Redis answers again: the stack restarts it on the same port, from its append-only file.
 *
 * @param port - Redis's port
 */
async function waitForRedisRestart(port: number): Promise<void> {
	const { createConnection } = await import('node:net')
	const deadline = Date.now() + 15_000
	await new Promise((wake) => setTimeout(wake, 1_500))
	for (;;) {
		const up = await new Promise<boolean>((resolve) => {
			const socket = createConnection({ host: '127.0.0.1', port }, () => {
				socket.end()
				resolve(true)
			})
			socket.once('error', () => resolve(false))
		})
		if (up) {
			return
		}
		if (Date.now() > deadline) {
			throw new Error(`Redis on ${port} did not come back`)
		}
		await new Promise((wake) => setTimeout(wake, 200))
	}
}

/**
 * A recipient's POST /api/v1/requests for a share that does not exist; its HTTP status
 */
async function createRequest(): Promise<number> {
	const response = await fetch(`${inject('demoBaseUrl')}/ocs/v2.php/apps/video_verification/api/v1/requests`, {
		method: 'POST',
		headers: { 'OCS-APIRequest': 'true', Accept: 'application/json', 'Content-Type': 'application/json' },
		body: JSON.stringify({ shareToken: 'noSuchShare', displayName: 'Carol' }),
	})
	await response.text()
	return response.status
}

async function expectFileShown(recipient: Page, share: DemoShare): Promise<void> {
	await recipient.locator('#files-public-content .public-share__name').waitFor({ timeout: CALL_TIMEOUT })
	expect(new URL(recipient.url()).pathname).toBe(`/index.php/s/${share.token}`)
}
