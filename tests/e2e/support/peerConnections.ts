/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from 'playwright-core'

/**
 * Runs in a page before its scripts (`page.addInitScript(keepPeerConnections)`): keeps every
 * RTCPeerConnection on window.vvConnections, for getStats. Self-contained: Playwright sends its source.
 */
export function keepPeerConnections(): void {
	const connections: RTCPeerConnection[] = []
	;(window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections = connections
	const Native = window.RTCPeerConnection
	window.RTCPeerConnection = class extends Native {
		constructor(configuration?: RTCConfiguration) {
			super(configuration)
			connections.push(this)
		}
	}
}

/**
 * Whether the page's open peer connections received audio and video bytes (inbound-rtp; with the
 * MCU: its subscriber's).
 *
 * @param page a page with keepPeerConnections
 */
export async function bytesReceived(page: Page): Promise<{ audio: boolean, video: boolean }> {
	return page.evaluate(async () => {
		const received = { audio: false, video: false }
		for (const connection of (window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections) {
			if (connection.connectionState === 'closed') {
				continue
			}
			for (const report of (await connection.getStats()).values()) {
				const inbound = report as { type: string, kind?: string, bytesReceived?: number }
				if (inbound.type === 'inbound-rtp' && (inbound.kind === 'audio' || inbound.kind === 'video') && (inbound.bytesReceived ?? 0) > 0) {
					received[inbound.kind] = true
				}
			}
		}
		return received
	})
}

/**
 * Runs in a page before its scripts (`page.addInitScript(relayOnlyPeerConnections)`): every
 * RTCPeerConnection the page makes uses only TURN relay candidates (`iceTransportPolicy:
 * 'relay'`), as behind a network that lets nothing but the TURN server through, and is kept on
 * window.vvConnections. Talk has no setting that forces relay (its docs/TURN.md: direct first,
 * TURN as the last resort), so the test stands in for the strict network. Self-contained.
 */
export function relayOnlyPeerConnections(): void {
	const connections: RTCPeerConnection[] = []
	;(window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections = connections
	const Native = window.RTCPeerConnection
	window.RTCPeerConnection = class extends Native {
		constructor(configuration?: RTCConfiguration) {
			super({ ...configuration, iceTransportPolicy: 'relay' })
			connections.push(this)
		}

		override setConfiguration(configuration?: RTCConfiguration): void {
			super.setConfiguration({ ...configuration, iceTransportPolicy: 'relay' })
		}
	}
}

/**
 * The candidate types of the pair each open peer connection of the page selected (from
 * getStats: the transport's selectedCandidatePairId), e.g. [{ local: 'relay', remote: 'relay' }].
 *
 * @param page a page with keepPeerConnections or relayOnlyPeerConnections
 */
export async function selectedCandidatePairs(page: Page): Promise<{ local: string, remote: string, protocol: string }[]> {
	return page.evaluate(async () => {
		const pairs: { local: string, remote: string, protocol: string }[] = []
		for (const connection of (window as unknown as { vvConnections: RTCPeerConnection[] }).vvConnections) {
			if (connection.connectionState !== 'connected') {
				continue
			}
			const stats = await connection.getStats()
			for (const report of stats.values()) {
				const transport = report as { type: string, selectedCandidatePairId?: string }
				if (transport.type !== 'transport' || transport.selectedCandidatePairId === undefined) {
					continue
				}
				const pair = stats.get(transport.selectedCandidatePairId) as { localCandidateId: string, remoteCandidateId: string }
				const local = stats.get(pair.localCandidateId) as { candidateType: string, protocol: string }
				const remote = stats.get(pair.remoteCandidateId) as { candidateType: string }
				pairs.push({ local: local.candidateType, remote: remote.candidateType, protocol: local.protocol })
			}
		}
		return pairs
	})
}
