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
 * and every candidate go from page to page through this process the moment they exist (a few
 * ms), no server, no Talk, no app code. Whatever a call in the demo takes beyond these figures is signaling,
 * the pages' own work and the CPU they share.
 *
 * Measured twice: with pages that got their camera a few seconds before the offer (the
 * recipient's page, whose preview ran while the sharer was rung; alice's, whose device preview
 * ran before she joined), and with pages that load, get the camera and connect at once (alice's
 * call page if she turned Talk's device preview off): a renderer in its first seconds connects
 * markedly slower on this machine.
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

/** What one page says to the other */
interface Signal {
	description?: RTCSessionDescriptionInit
	candidate?: RTCIceCandidateInit
}

/** What a page of this test keeps on its window */
interface FloorPage {
	vvPc: RTCPeerConnection
	/** resolves with the page's times once it is connected and presented the first remote frame */
	vvDone: Promise<Record<string, number>>
	vvReceive(signal: Signal): Promise<void>
	/** exposed by this process: hands the signal to the other page */
	vvSignal(signal: Signal): Promise<void>
}

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
 * Both pages get the camera and a peer connection; the caller offers, the callee answers.
 * Each page hands what it has to say (description, candidates) to a function of this process
 * the moment it has it, which gives it straight to the other page: one hop through this
 * process, a few ms, like a signaling server on loopback, and no polling of either page while
 * they connect. Resolves with the callee's timings.
 *
 * @param caller - the offering page
 * @param callee - the answering page, whose remote video is timed
 * @param settleMs - how long both pages hold their camera before the offer
 */
async function connectDirectly(caller: Page, callee: Page, settleMs: number): Promise<Side> {
	// A candidate can still be on its way when the measurement is over and the pages close: only a lost delivery to an open page counts.
	const lost: unknown[] = []
	for (const [page, other] of [[caller, callee], [callee, caller]] as const) {
		await page.exposeFunction('vvSignal', (message: Signal) => {
			other.evaluate(async (received) => (window as unknown as FloorPage).vvReceive(received), message).catch((error: unknown) => {
				if (!other.isClosed()) {
					lost.push(error)
				}
			})
		})
	}
	for (const page of [caller, callee]) {
		// The demo's login page: a secure (localhost) origin with nothing of ours running.
		await page.goto('/index.php/login')
		await page.evaluate(async () => {
			const state = window as unknown as FloorPage
			const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
			const pc = new RTCPeerConnection()
			state.vvPc = pc
			const times: Record<string, number> = {}
			let done: (times: Record<string, number>) => void = () => {}
			state.vvDone = new Promise((resolve) => {
				done = resolve
			})
			const note = (what: string): void => {
				times[what] ??= Date.now()
				if (times.connected !== undefined && times.firstFrame !== undefined) {
					done(times)
				}
			}
			// Candidates that come before the remote description wait for it, as in a real client.
			const early: RTCIceCandidateInit[] = []
			state.vvReceive = async ({ description, candidate }) => {
				if (candidate !== undefined) {
					if (pc.remoteDescription === null) {
						early.push(candidate)
					} else {
						await pc.addIceCandidate(candidate)
					}
					return
				}
				await pc.setRemoteDescription(description!)
				for (const waiting of early.splice(0)) {
					await pc.addIceCandidate(waiting)
				}
				if (description!.type === 'offer') {
					await pc.setLocalDescription(await pc.createAnswer())
					await state.vvSignal({ description: pc.localDescription!.toJSON() })
				}
			}
			for (const track of stream.getTracks()) {
				pc.addTrack(track, stream)
			}
			pc.addEventListener('icecandidate', (event) => {
				if (event.candidate !== null) {
					void state.vvSignal({ candidate: event.candidate.toJSON() })
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
	await caller.evaluate(async () => {
		const state = window as unknown as FloorPage
		await state.vvPc.setLocalDescription(await state.vvPc.createOffer())
		await state.vvSignal({ description: state.vvPc.localDescription!.toJSON() })
	})
	const { connected, firstPacket, firstFrame } = await callee.evaluate(async () => (window as unknown as FloorPage).vvDone)
	expect(lost).toEqual([])
	return {
		connectedMs: (connected as number) - startedAt,
		firstPacketMs: (firstPacket ?? firstFrame as number) - startedAt,
		firstFrameMs: (firstFrame as number) - startedAt,
	}
}
