/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

import { afterAll, describe, expect, test } from 'vitest'
import { useBrowser } from './support/browser.ts'
import { median } from './support/recipientJourney.ts'

/*
 * The floor under the call timings of call-modes.e2e.ts and budgets.e2e.ts: two Chromium
 * contexts of the same browser, with the same fake devices, connected directly. Offer, answer
 * and every candidate go from page to page through this process (a few ms), no server, no
 * Talk, no app code. Whatever a call in the demo takes beyond these figures is signaling,
 * the pages' own work and the CPU they share.
 *
 * Measured twice: with pages that got their camera a few seconds before the offer (the
 * recipient's page, whose preview ran while the sharer was rung), and with pages that load,
 * get the camera and connect at once (alice's call page after "Answer call"): a renderer in
 * its first seconds connects markedly slower on this machine.
 *
 *   npx vitest run -c vitest.e2e.config.ts tests/e2e/webrtc-floor.e2e.ts
 */

const RUNS = 5
const report: string[] = []

afterAll(() => {
	if (report.length > 0) {
		console.info(`WebRTC floor (npx vitest run -c vitest.e2e.config.ts tests/e2e/webrtc-floor.e2e.ts):\n  ${report.join('\n  ')}`)
	}
})

interface Side {
	/** ms since the offer was started, on this machine's wall clock */
	connectedMs: number
	firstPacketMs: number
	firstFrameMs: number
}

describe('two Chromium contexts connected directly', () => {
	const browser = useBrowser()

	test.each([
		{ name: 'pages that got their camera 3 s before the offer', settleMs: 3000 },
		{ name: 'pages that load, get the camera and offer at once', settleMs: 0 },
	])(`$name: offer → connected → first remote frame, ${RUNS} times`, async ({ name, settleMs }) => {
		const runs: Side[] = []
		for (let run = 0; run < RUNS; run++) {
			const [caller, callee] = await Promise.all([browser.page('sharer'), browser.page('recipient')])
			runs.push(await connectDirectly(caller, callee, settleMs))
			await Promise.all([caller.close(), callee.close()])
		}
		const figure = (pick: (side: Side) => number): string => `median ${median(runs.map(pick))} ms (${runs.map(pick).join(', ')})`
		report.push(`${name}:`)
		report.push(`  offer started → callee connected (ICE and DTLS): ${figure((side) => side.connectedMs)}`)
		report.push(`  offer started → callee's first video packet (remote track unmuted): ${figure((side) => side.firstPacketMs)}`)
		report.push(`  offer started → callee's first presented frame (requestVideoFrameCallback): ${figure((side) => side.firstFrameMs)}`)
		for (const side of runs) {
			expect(side.connectedMs).toBeGreaterThan(0)
			expect(side.firstFrameMs).toBeGreaterThan(0)
		}
	}, RUNS * 20_000)
})

/**
 * Both pages get the camera and a peer connection; the caller offers, the callee answers, and
 * candidates are relayed as they come. Resolves with the callee's timings.
 *
 * @param caller - the offering page
 * @param callee - the answering page, whose remote video is timed
 * @param settleMs - how long both pages hold their camera before the offer
 */
async function connectDirectly(caller: Page, callee: Page, settleMs: number): Promise<Side> {
	for (const page of [caller, callee]) {
		// The demo's login page: a secure (localhost) origin with nothing of ours running.
		await page.goto('/index.php/login')
		await page.evaluate(async () => {
			const state = window as unknown as {
				vvPc: RTCPeerConnection
				vvTimes: Record<string, number>
				vvOutgoing: RTCIceCandidateInit[]
				vvAddCandidate(candidate: RTCIceCandidateInit): Promise<void>
				vvSetRemote(description: RTCSessionDescriptionInit): Promise<void>
			}
			const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
			const pc = new RTCPeerConnection()
			state.vvPc = pc
			state.vvTimes = {}
			state.vvOutgoing = []
			// Candidates that come before the remote description wait for it, as in a real client.
			const early: RTCIceCandidateInit[] = []
			state.vvAddCandidate = async (candidate) => {
				if (pc.remoteDescription === null) {
					early.push(candidate)
				} else {
					await pc.addIceCandidate(candidate)
				}
			}
			state.vvSetRemote = async (description) => {
				await pc.setRemoteDescription(description)
				for (const candidate of early.splice(0)) {
					await pc.addIceCandidate(candidate)
				}
			}
			const note = (what: string): void => {
				state.vvTimes[what] ??= Date.now()
			}
			for (const track of stream.getTracks()) {
				pc.addTrack(track, stream)
			}
			pc.addEventListener('icecandidate', (event) => {
				if (event.candidate !== null) {
					state.vvOutgoing.push(event.candidate.toJSON())
				}
			})
			pc.addEventListener('connectionstatechange', () => pc.connectionState === 'connected' && note('connected'))
			pc.addEventListener('track', (event) => {
				if (event.track.kind !== 'video') {
					return
				}
				event.track.addEventListener('unmute', () => note('firstPacket'), { once: true })
				const video = document.createElement('video')
				video.muted = true
				video.autoplay = true
				video.srcObject = event.streams[0] ?? new MediaStream([event.track])
				document.body.append(video)
				video.requestVideoFrameCallback(() => note('firstFrame'))
			})
		})
	}

	await new Promise((resolve) => setTimeout(resolve, settleMs))
	const startedAt = Date.now()
	const offer = await caller.evaluate(async () => {
		const pc = (window as unknown as { vvPc: RTCPeerConnection }).vvPc
		await pc.setLocalDescription(await pc.createOffer())
		return pc.localDescription!.toJSON() as RTCSessionDescriptionInit
	})
	const answer = await callee.evaluate(async (description) => {
		const state = window as unknown as { vvPc: RTCPeerConnection, vvSetRemote(description: RTCSessionDescriptionInit): Promise<void> }
		const pc = state.vvPc
		await state.vvSetRemote(description)
		await pc.setLocalDescription(await pc.createAnswer())
		return pc.localDescription!.toJSON() as RTCSessionDescriptionInit
	}, offer)
	await caller.evaluate(async (description) => {
		await (window as unknown as { vvSetRemote(description: RTCSessionDescriptionInit): Promise<void> }).vvSetRemote(description)
	}, answer)

	await relayCandidates(caller, callee)
	const times = await callee.waitForFunction(() => {
		const { vvTimes } = window as unknown as { vvTimes: Record<string, number> }
		return vvTimes.firstFrame !== undefined && vvTimes.connected !== undefined ? vvTimes : false
	}, null, { timeout: 15_000, polling: 10 })
	const { connected, firstPacket, firstFrame } = await times.jsonValue() as Record<string, number>
	return {
		connectedMs: (connected as number) - startedAt,
		firstPacketMs: (firstPacket ?? firstFrame as number) - startedAt,
		firstFrameMs: (firstFrame as number) - startedAt,
	}
}

/**
 * Hands each page's new candidates to the other, five times 30 ms apart (host candidates come
 * within the first few ms; loopback needs nothing more). Not a tight loop on purpose: calling
 * into both pages every 10 ms while they connect made the connection about 300 ms slower here.
 *
 * @param caller - one page
 * @param callee - the other page
 */
async function relayCandidates(caller: Page, callee: Page): Promise<void> {
	const take = async (page: Page) => page.evaluate(() => (window as unknown as { vvOutgoing: RTCIceCandidateInit[] }).vvOutgoing.splice(0))
	const give = async (page: Page, candidates: RTCIceCandidateInit[]) => page.evaluate(async (list) => {
		const state = window as unknown as { vvAddCandidate(candidate: RTCIceCandidateInit): Promise<void> }
		for (const candidate of list) {
			await state.vvAddCandidate(candidate)
		}
	}, candidates)
	for (let round = 0; round < 5; round++) {
		const [fromCaller, fromCallee] = await Promise.all([take(caller), take(callee)])
		await Promise.all([give(callee, fromCaller), give(caller, fromCallee)])
		await new Promise((resolve) => setTimeout(resolve, 30))
	}
}
